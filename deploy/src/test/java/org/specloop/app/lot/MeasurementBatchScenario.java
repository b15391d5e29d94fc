package org.specloop.app.lot;

import org.specloop.app.TestUsers;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.common.Registration;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.lot.EvaluateLotConformance;
import org.specloop.contracts.lot.LotConformanceEvaluated;
import org.specloop.contracts.lot.MeasurementRecorded;
import org.specloop.contracts.lot.ReceiveMagnetLot;
import org.specloop.contracts.lot.Verdict;
import org.specloop.contracts.specification.ApproveRevision;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.CreateSpecification;
import org.specloop.contracts.specification.ProposeRevision;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.units.Characteristic;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A lab posts a run of samples in one request: every measurement becomes its own event, committed
 * together, and the lot is evaluated once for the run. Run against H2 and against PostgreSQL.
 */
abstract class MeasurementBatchScenario {
    private static final int SAMPLES = 6;

    @Autowired
    MockMvc mvc;
    @Autowired
    CommandGateway commands;
    @Autowired
    EventStore eventStore;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CommandBus commandBus;
    private final AtomicInteger evaluations = new AtomicInteger();
    private Registration evaluationCounter;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String part = "PN-BATCH-" + suffix;
    private final String lot = "LOT-BATCH-" + suffix;

    private void effectiveSpecAndReceivedLot() throws InterruptedException {
        String spec = "SPEC-BATCH-" + suffix;
        commands.sendAndWait(new CreateSpecification(spec, part, "42SH", "batch test", new RevisionContent(
                List.of(new CharacteristicLimit(Characteristic.HCJ, 1592.0, null, null, 20.0, "IEC 60404-8-1")),
                null, null, 150.0), "qe.alice"));
        commands.sendAndWait(new ProposeRevision(spec, 1, "qe.alice"));
        commands.sendAndWait(new ApproveRevision(spec, 1, "qe.bob", "PPAP", SignatureMeaning.APPROVED, null));
        // With several segments the policy may see the revision and the lot in either order, so the
        // lot is received once the policy knows the revision: then its receipt is evaluated for sure.
        awaitPolicyKnowsRevisionOf(part);
        commands.sendAndWait(new ReceiveMagnetLot(lot, "SUP-1", part, "42SH", 100, new DeclaredChain(List.of(), null),
                List.of(), Instant.parse("2025-03-01T08:00:00Z")));
    }

    /** Samples at 20 degC in kOe (20.5 kOe = 1631 kA/m, above the 1592 minimum) and at 150 degC in kA/m. */
    private static String run() {
        List<String> bodies = new ArrayList<>();
        for (int i = 1; i <= SAMPLES; i++) {
            bodies.add("""
                    {"measurementId": "M-%d-20", "sampleId": "S%d", "testTemperature": {"value": 20, "unit": "degC"},
                     "lab": "Lab A", "instrument": "HG-200", "method": "closed-circuit",
                     "values": [{"characteristic": "HcJ", "value": 20.5, "unit": "kOe"},
                                {"characteristic": "Br", "value": 1.31, "unit": "T"}],
                     "measuredAt": "2025-03-01T09:00:00Z"}""".formatted(i, i));
            bodies.add("""
                    {"measurementId": "M-%d-150", "sampleId": "S%d", "testTemperature": {"value": 150, "unit": "degC"},
                     "lab": "Lab A", "instrument": "HG-200 hot", "method": "closed-circuit",
                     "values": [{"characteristic": "HcJ", "value": 640, "unit": "kA/m"}],
                     "measuredAt": "2025-03-01T09:30:00Z"}""".formatted(i, i));
        }
        return "[" + String.join(",", bodies) + "]";
    }

    private List<Object> lotEvents() {
        return eventStore.readEvents(lot).asStream().map(DomainEventMessage::getPayload).map(Object.class::cast).toList();
    }

    @BeforeEach
    void countEvaluationsOfThisLot() {
        evaluationCounter = commandBus.registerHandlerInterceptor((unitOfWork, chain) -> {
            if (unitOfWork.getMessage().getPayload() instanceof EvaluateLotConformance evaluate
                    && lot.equals(evaluate.lotId())) {
                evaluations.incrementAndGet();
            }
            return chain.proceed();
        });
    }

    @AfterEach
    void stopCounting() {
        evaluationCounter.cancel();
    }

    @Test
    void aBatchBecomesOneEventPerMeasurementAndOneEvaluation() throws Exception {
        effectiveSpecAndReceivedLot();
        // the lot is evaluated once on receipt (no measurements yet); after that only the batch counts
        awaitEvaluationAfter(-1);
        evaluations.set(0);

        mvc.perform(post("/api/lots/" + lot + "/measurements/batch").header("X-Api-Key", TestUsers.RIG_KEY)
                        .contentType(MediaType.APPLICATION_JSON).content(run()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.received").value(2 * SAMPLES))
                .andExpect(jsonPath("$.recorded").value(2 * SAMPLES));

        // answered means committed: the rows are there before any processor has run
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry WHERE aggregateIdentifier = ? AND "
                + "payloadType = ?", Integer.class, lot, MeasurementRecorded.class.getName())).isEqualTo(2 * SAMPLES);
        LotConformanceEvaluated evaluation = awaitEvaluationAfter(lastMeasurement());
        assertThat(evaluation.verdict()).isEqualTo(Verdict.PASS);
        assertThat(evaluation.trigger()).isEqualTo("measurement-recorded");
        assertThat(evaluation.results()).singleElement().satisfies(r -> assertThat(r.samples()).hasSize(SAMPLES));
        // the evaluation came from the batch's last event; the earlier eleven asked for none, now or later
        Thread.sleep(1000);
        assertThat(evaluations).hasValue(1);
    }

    @Test
    void aRetriedBatchRecordsNothingTwice() throws Exception {
        effectiveSpecAndReceivedLot();
        String body = run();
        for (int attempt = 0; attempt < 2; attempt++) {
            mvc.perform(post("/api/lots/" + lot + "/measurements/batch").header("X-Api-Key", TestUsers.RIG_KEY)
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
        }

        assertThat(lotEvents()).filteredOn(MeasurementRecorded.class::isInstance).hasSize(2 * SAMPLES);
    }

    private void awaitPolicyKnowsRevisionOf(String partNumber) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (jdbc.queryForObject("SELECT count(*) FROM lot_conformance_revision WHERE part_number = ?",
                Integer.class, partNumber) == 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the conformance policy never saw the revision of " + partNumber);
            }
            Thread.sleep(50);
        }
    }

    private int lastMeasurement() {
        List<Object> events = lotEvents();
        int last = -1;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) instanceof MeasurementRecorded) {
                last = i;
            }
        }
        return last;
    }

    private LotConformanceEvaluated awaitEvaluationAfter(int position) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            List<Object> events = lotEvents();
            for (int i = position + 1; i < events.size(); i++) {
                if (events.get(i) instanceof LotConformanceEvaluated evaluated) {
                    return evaluated;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the lot was not evaluated after event " + position + ": " + lotEvents());
    }
}
