package org.specloop.command.lot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.command.lot.LotTestData.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.lot.CharacteristicResult;
import org.specloop.contracts.lot.DeviationDisposition;
import org.specloop.contracts.lot.LotDeviationApproved;
import org.specloop.contracts.lot.LotDeviationRejected;
import org.specloop.contracts.lot.LotDeviationRequested;
import org.specloop.contracts.lot.LotRejected;
import org.specloop.contracts.lot.LotReleased;
import org.specloop.contracts.lot.LotConformanceEvaluated;
import org.specloop.contracts.lot.SampleValue;
import org.specloop.contracts.lot.Verdict;

/** The aggregate is rebuilt from stored JSON, so its events must come back equal to what was applied. */
class LotEventsJsonTest {
    private final ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule());

    @SuppressWarnings("unchecked")
    private <T> T roundTrip(T event) throws Exception {
        return json.readValue(json.writeValueAsString(event), (Class<T>) event.getClass());
    }

    @Test
    void receiptAndMeasurementSurviveTheStore() throws Exception {
        assertThat(roundTrip(received())).isEqualTo(received());
        assertThat(roundTrip(hcjMeasured("M-1", "S1", 1498.2))).isEqualTo(hcjMeasured("M-1", "S1", 1498.2));
    }

    @Test
    void anEvaluationSurvivesTheStoreSoThatARepeatedOneIsRecognised() throws Exception {
        LotConformanceEvaluated evaluated = new LotConformanceEvaluated(LOT, SPEC, 1, List.of(
                new CharacteristicResult(HCJ_MIN, List.of(new SampleValue("S1", 1498.2)), 1498.2, 1498.2, 1498.2,
                        Verdict.FAIL),
                new CharacteristicResult(HCJ_MIN, List.of(), null, null, null, Verdict.NOT_MEASURED)),
                Verdict.FAIL, "measurement-recorded", NOW);

        assertThat(roundTrip(evaluated)).isEqualTo(evaluated);
    }

    @Test
    void deviationsAndTheDispositionsTheyCarrySurviveTheStore() throws Exception {
        List<Object> events = List.of(
                new LotDeviationRequested(LOT, "DEV-1", DeviationDisposition.USE_AS_IS, "margin shown", "qe.alice", null, null, null, NOW),
                new LotDeviationApproved(LOT, "DEV-1", DeviationDisposition.USE_AS_IS, "qe.bob", "agreed", SignatureMeaning.APPROVED, NOW),
                new LotDeviationRejected(LOT, "DEV-2", "qe.bob", "not shown", NOW),
                new LotReleased(LOT, "use as is", "qe.bob", NOW, "DEV-1"),
                new LotRejected(LOT, "scrap", "qe.bob", NOW, "DEV-3"));
        for (Object event : events) {
            assertThat(roundTrip(event)).isEqualTo(event);
        }
    }

    @Test
    void releasesAndRejectionsStoredBeforeDeviationsReadWithoutOne() throws Exception {
        assertThat(json.readValue("{\"lotId\":\"LOT-1\",\"reason\":\"conforms\",\"actor\":\"system:lot-conformance\","
                + "\"releasedAt\":\"2025-03-01T10:00:00Z\"}", LotReleased.class))
                .isEqualTo(new LotReleased(LOT, "conforms", "system:lot-conformance", NOW));
        assertThat(json.readValue("{\"lotId\":\"LOT-1\",\"reason\":\"cracked\",\"actor\":\"qe.anna\","
                + "\"rejectedAt\":\"2025-03-01T10:00:00Z\"}", LotRejected.class).deviationId()).isNull();
    }
}
