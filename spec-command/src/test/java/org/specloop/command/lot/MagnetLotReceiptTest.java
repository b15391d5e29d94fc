package org.specloop.command.lot;

import static org.specloop.command.lot.LotTestData.*;

import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.contracts.lot.ReceiveMagnetLot;

class MagnetLotReceiptTest {
    private FixtureConfiguration<MagnetLot> fixture;

    @BeforeEach
    void setUp() {
        fixture = LotTestData.fixture();
    }

    @Test
    void receivingALotRecordsItWithItsDeclaredChain() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveMagnetLot(LOT, "SUP-1", PART, "42SH", 500, CHAIN, List.of("COA-7"), RECEIVED_AT))
                .expectSuccessfulHandlerExecution()
                .expectEvents(received());
    }

    @Test
    void aLotWithoutReceiptTimeIsRefusedNotReceivedNow() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveMagnetLot(LOT, "SUP-1", PART, "42SH", 500, CHAIN, null, null))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("receivedAt is required")
                .expectNoEvents();
    }

    @Test
    void aLotOfNoPiecesIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveMagnetLot(LOT, "SUP-1", PART, "42SH", 0, CHAIN, List.of(), RECEIVED_AT))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("quantity must be positive, got 0")
                .expectNoEvents();
    }

    @Test
    void aLotWithoutPartNumberIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveMagnetLot(LOT, "SUP-1", " ", "42SH", 10, CHAIN, List.of(), RECEIVED_AT))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("partNumber is required");
    }

    @Test
    void aLotWithoutSupplierIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveMagnetLot(LOT, null, PART, "42SH", 10, CHAIN, List.of(), RECEIVED_AT))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("supplierId is required");
    }

    @Test
    void aLotWithoutGradeIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveMagnetLot(LOT, "SUP-1", PART, null, 10, CHAIN, List.of(), RECEIVED_AT))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("grade is required");
    }
}
