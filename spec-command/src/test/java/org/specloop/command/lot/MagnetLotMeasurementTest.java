package org.specloop.command.lot;

import static org.specloop.command.lot.LotTestData.*;

import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.lot.LotRejected;
import org.specloop.contracts.lot.MeasurementMethod;
import org.specloop.contracts.lot.MeasurementRecorded;
import org.specloop.contracts.lot.PropertyValue;
import org.specloop.contracts.lot.RecordMeasurement;
import org.specloop.contracts.units.Characteristic;

class MagnetLotMeasurementTest {
    private static final List<PropertyValue> VALUES = List.of(new PropertyValue(Characteristic.HCJ, 1650.0),
            new PropertyValue(Characteristic.BR, 1.31));
    private FixtureConfiguration<MagnetLot> fixture;

    @BeforeEach
    void setUp() {
        fixture = LotTestData.fixture();
    }

    private static RecordMeasurement measure(String measurementId, List<PropertyValue> values) {
        return new RecordMeasurement(LOT, measurementId, "S1", 20.0, "Lab A", "HG-200",
                MeasurementMethod.CLOSED_CIRCUIT_IEC_60404_5, values, RECEIVED_AT);
    }

    @Test
    void aMeasurementIsRecordedWithTheLotsPartNumber() {
        fixture.given(received())
                .when(measure("M-1", VALUES))
                .expectEvents(new MeasurementRecorded(LOT, PART, "M-1", "S1", 20.0, "Lab A", "HG-200",
                        MeasurementMethod.CLOSED_CIRCUIT_IEC_60404_5, VALUES, RECEIVED_AT));
    }

    @Test
    void aMeasurementWithoutTimeIsRefusedNotTakenAsMeasuredNow() {
        fixture.given(received())
                .when(new RecordMeasurement(LOT, "M-1", "S1", 20.0, "Lab A", "HG-200",
                        MeasurementMethod.CLOSED_CIRCUIT_IEC_60404_5, VALUES, null))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("measuredAt is required")
                .expectNoEvents();
    }

    @Test
    void theSameMeasurementSentTwiceIsRecordedOnce() {
        fixture.given(received(), hcjMeasured("M-1", "S1", 1650.0))
                .when(measure("M-1", VALUES))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void aRejectedLotTakesNoMeasurement() {
        fixture.given(received(), new LotRejected(LOT, "cracked", "qe.anna", NOW))
                .when(measure("M-2", VALUES))
                .expectException(violates("lot-rejected"))
                .expectNoEvents();
    }

    @Test
    void aMeasurementWithoutValuesIsRefused() {
        fixture.given(received())
                .when(measure("M-1", List.of()))
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aMeasurementWithoutIdIsRefused() {
        fixture.given(received())
                .when(measure(null, VALUES))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("measurementId is required");
    }
}
