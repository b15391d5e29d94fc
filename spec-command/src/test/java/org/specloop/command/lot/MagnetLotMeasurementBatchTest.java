package org.specloop.command.lot;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.specloop.command.lot.LotTestData.*;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.lot.LotRejected;
import org.specloop.contracts.lot.MeasurementEntry;
import org.specloop.contracts.lot.MeasurementMethod;
import org.specloop.contracts.lot.PropertyValue;
import org.specloop.contracts.lot.RecordMeasurements;
import org.specloop.contracts.units.Characteristic;

class MagnetLotMeasurementBatchTest {
    private FixtureConfiguration<MagnetLot> fixture;

    @BeforeEach
    void setUp() {
        fixture = LotTestData.fixture();
    }

    private static MeasurementEntry entry(String measurementId, String sample, double hcj) {
        return new MeasurementEntry(measurementId, sample, 20.0, "Lab A", "HG-200",
                MeasurementMethod.CLOSED_CIRCUIT_IEC_60404_5, List.of(new PropertyValue(Characteristic.HCJ, hcj)), NOW);
    }

    private static RecordMeasurements batch(MeasurementEntry... entries) {
        return new RecordMeasurements(LOT, new ArrayList<>(List.of(entries)));
    }

    /** The marker says whether another measurement of the same batch follows this event. */
    private static Matcher<EventMessage<?>> event(boolean batchContinues) {
        return new CustomTypeSafeMatcher<>(batchContinues ? "an event marked as continued" : "an event unmarked") {
            @Override
            protected boolean matchesSafely(EventMessage<?> item) {
                return item.getMetaData().containsKey(MagnetLot.BATCH_CONTINUES) == batchContinues;
            }
        };
    }

    @Test
    void everyMeasurementOfABatchIsRecordedInOrderWithTheLotsPartNumber() {
        fixture.given(received())
                .when(batch(entry("M-1", "S1", 1650.0), entry("M-2", "S2", 1660.0), entry("M-3", "S3", 1640.0)))
                .expectEvents(hcjMeasured("M-1", "S1", 1650.0), hcjMeasured("M-2", "S2", 1660.0),
                        hcjMeasured("M-3", "S3", 1640.0))
                .expectResultMessagePayload(3);
    }

    @Test
    void onlyTheLastEventOfABatchIsLeftUnmarkedSoTheLotIsEvaluatedOnce() {
        fixture.given(received())
                .when(batch(entry("M-1", "S1", 1650.0), entry("M-2", "S2", 1660.0), entry("M-3", "S3", 1640.0)))
                .expectEventsMatching(exactSequenceOf(event(true), event(true), event(false), andNoMore()));
    }

    @Test
    void measurementsRecordedBeforeAreSkippedAndNotCounted() {
        fixture.given(received(), hcjMeasured("M-1", "S1", 1650.0))
                .when(batch(entry("M-1", "S1", 1650.0), entry("M-2", "S2", 1660.0)))
                .expectEvents(hcjMeasured("M-2", "S2", 1660.0))
                .expectResultMessagePayload(1);
    }

    @Test
    void theSameIdTwiceInOneBatchIsRecordedOnce() {
        fixture.given(received())
                .when(batch(entry("M-1", "S1", 1650.0), entry("M-1", "S1", 1650.0)))
                .expectEvents(hcjMeasured("M-1", "S1", 1650.0));
    }

    @Test
    void aRetriedBatchRecordsNothing() {
        fixture.given(received(), hcjMeasured("M-1", "S1", 1650.0), hcjMeasured("M-2", "S2", 1660.0))
                .when(batch(entry("M-1", "S1", 1650.0), entry("M-2", "S2", 1660.0)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents()
                .expectResultMessagePayload(0);
    }

    @Test
    void oneBadEntryRefusesTheWholeBatchNamingItsPosition() {
        fixture.given(received())
                .when(batch(entry("M-1", "S1", 1650.0), entry("M-2", null, 1660.0)))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("measurements[1].sampleId is required")
                .expectNoEvents();
    }

    @Test
    void anEntryWithoutMeasurementTimeRefusesTheBatchNamingItsPosition() {
        fixture.given(received())
                .when(batch(entry("M-1", "S1", 1650.0), new MeasurementEntry("M-2", "S2", 20.0, "Lab A", "HG-200",
                        MeasurementMethod.CLOSED_CIRCUIT_IEC_60404_5, List.of(new PropertyValue(Characteristic.HCJ, 1660.0)),
                        null)))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("measurements[1].measuredAt is required")
                .expectNoEvents();
    }

    @Test
    void anEntryWithoutValuesIsRefused() {
        fixture.given(received())
                .when(batch(new MeasurementEntry("M-1", "S1", 20.0, "Lab A", "HG-200",
                        MeasurementMethod.CLOSED_CIRCUIT_IEC_60404_5, List.of(), NOW)))
                .expectException(IllegalArgumentException.class)
                .expectExceptionMessage("measurements[0] needs at least one property value");
    }

    @Test
    void anEmptyBatchIsRefused() {
        fixture.given(received())
                .when(batch())
                .expectException(IllegalArgumentException.class)
                .expectNoEvents();
    }

    @Test
    void aRejectedLotTakesNoBatch() {
        fixture.given(received(), new LotRejected(LOT, "cracked", "qe.anna", NOW))
                .when(batch(entry("M-1", "S1", 1650.0)))
                .expectException(violates("lot-rejected"))
                .expectNoEvents();
    }
}
