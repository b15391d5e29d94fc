package org.specloop.app.axon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.Test;
import org.specloop.app.TestUsers;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.lot.ReceiveMagnetLot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The benchmark baseline (deploy/bench/scenarios/baseline) is this application with Axon's tracking
 * processors at their defaults and no aggregate cache: the switch must really change the processors,
 * and the application must still work with it, one command per measurement.
 */
@SpringBootTest(properties = {
        "specloop.event-store.processor-type=tracking",
        "specloop.event-store.processor-batch-size=1",
        "specloop.event-store.initial-segments=1",
        "specloop.command.aggregate-cache=false"})
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TrackingProcessorsBaselineTest {
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    CommandGateway commands;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyProcessingGroupRunsOnOneSingleThreadedTrackingProcessor() {
        Map<String, EventProcessor> processors = processing.eventProcessors();

        assertThat(processors).containsKeys("query-lots", "lot-conformance");
        assertThat(processors.values()).allSatisfy(processor -> {
            assertThat(processor).isInstanceOf(TrackingEventProcessor.class);
            assertThat(((TrackingEventProcessor) processor).maxCapacity()).isEqualTo(1);
        });
    }

    @Test
    void singleMeasurementsReachTheLotProjection() throws Exception {
        String lot = "LOT-BASELINE-" + UUID.randomUUID().toString().substring(0, 8);
        commands.sendAndWait(new ReceiveMagnetLot(lot, "SUP-1", "PN-BASELINE", "42SH", 100,
                new DeclaredChain(List.of(), null), List.of(), Instant.parse("2025-03-01T08:00:00Z")));

        // without the cache the second command loads the lot from its events again
        for (int sample = 1; sample <= 2; sample++) {
            mvc.perform(post("/api/lots/" + lot + "/measurements").header("X-Api-Key", TestUsers.RIG_KEY)
                            .contentType(MediaType.APPLICATION_JSON).content("""
                                    {"measurementId": "M-%d", "sampleId": "S%d", "testTemperature": {"value": 20, "unit": "degC"},
                                     "lab": "Lab A", "instrument": "HG-200", "method": "closed-circuit",
                                     "values": [{"characteristic": "HcJ", "value": 1640, "unit": "kA/m"}],
                                     "measuredAt": "%s"}"""
                                    .formatted(sample, sample, Instant.now())))
                    .andExpect(status().isCreated());
        }

        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (jdbc.queryForObject("SELECT count(*) FROM q_lot_measurement WHERE lot_id = ?", Integer.class, lot) < 2) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("query-lots did not project both measurements of " + lot);
            }
            Thread.sleep(50);
        }
    }
}
