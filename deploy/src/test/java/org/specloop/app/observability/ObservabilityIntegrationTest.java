package org.specloop.app.observability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.specloop.app.Eventually;
import org.specloop.app.TestUsers;
import org.specloop.app.observability.trace.TraceParent;
import org.specloop.contracts.lot.HoldCategory;
import org.specloop.contracts.lot.LotHeld;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metrics, alert rules, dashboard and trace propagation of docs/observability.md against the
 * running application. Same context as OperationsEndpointsTest, so it costs no extra start-up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureObservability
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityIntegrationTest {
    static final Path OBSERVABILITY = Path.of("observability").toAbsolutePath();
    static final String LOTS = "query-lots";

    @LocalServerPort
    int port;
    @Autowired
    MeterRegistry meters;
    @Autowired
    EventStore eventStore;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    ConnectionProvider connections;
    @Autowired
    TransactionManager transactions;
    @Autowired
    Serializer serializer;

    @Test
    void lagGrowsWhileAProcessorIsStoppedAndReturnsToZeroWhenItRuns() throws Exception {
        EventProcessor processor = processing.eventProcessor(LOTS).orElseThrow();
        eventually(() -> assertThat(lag(LOTS)).isNotEmpty().allSatisfy(lag -> assertThat(lag).isZero()));
        processor.shutDown();
        try {
            String lot = "LOT-LAG-" + UUID.randomUUID();
            eventStore.publish(new GenericDomainEventMessage<>("MagnetLot", lot, 0,
                    new MagnetLotReceived(lot, "SUP-1", "P-LAG", "45SH", 100, null, List.of(), Instant.now())));
            eventually(() -> assertThat(lag(LOTS)).anySatisfy(lag -> assertThat(lag).isPositive()));
        } finally {
            processor.start();
        }
        eventually(() -> assertThat(lag(LOTS)).allSatisfy(lag -> assertThat(lag).isZero()));
        assertThat(meters.get(ProcessorLagMetrics.HEAD).gauge().value()).isPositive();
    }

    @Test
    void deadLettersOfAProcessingGroupAreCountedUntilEvicted() throws Exception {
        // the same table and layout as the processors' own dead-letter queues (AxonInfrastructureConfiguration)
        SequencedDeadLetterQueue<EventMessage<?>> queue = JdbcSequencedDeadLetterQueue.builder().processingGroup(LOTS)
                .connectionProvider(connections).transactionManager(transactions)
                .schema(DeadLetterSchema.builder().deadLetterTable("dead_letter_entry").build())
                .genericSerializer(serializer).eventSerializer(serializer).build();
        // other tests in this context may have parked events of their own: count relative to those
        eventually(() -> assertThat(deadLetters(LOTS)).isEqualTo(queue.size()));
        long before = queue.size();
        String lot = "LOT-DLQ-" + UUID.randomUUID();
        queue.enqueue(lot, new GenericDeadLetter<>(lot, new GenericDomainEventMessage<>("MagnetLot", lot, 0,
                new MagnetLotReceived(lot, "SUP-1", "P-DLQ", "45SH", 100, null, List.of(), Instant.now())),
                new IllegalStateException("projection failed on purpose")));
        eventually(() -> assertThat(deadLetters(LOTS)).isEqualTo(before + 1));
        queue.deadLetterSequence(lot).forEach(queue::evict);
        eventually(() -> assertThat(deadLetters(LOTS)).isEqualTo(before));
    }

    @Test
    void aRequestsTraceparentTravelsIntoTheEventsItCauses() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String incoming = "00-" + traceId + "-00f067aa0ba902b7-01";
        String source = "SRC-TRACE-" + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<String> created = RestClient.create("http://127.0.0.1:" + port).post().uri("/api/sources")
                .headers(h -> h.addAll(TestUsers.ALICE.basic())).header(TraceParent.HEADER, incoming)
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"sourceId":"%s","name":"Traced Mine","tier":"MINE","country":"AU"}""".formatted(source))
                .retrieve().toEntity(String.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        TraceParent answered = TraceParent.parse(created.getHeaders().getFirst(TraceParent.HEADER)).orElseThrow();
        assertThat(answered.traceId()).isEqualTo(traceId);
        assertThat(answered.spanId()).isNotEqualTo("00f067aa0ba902b7");

        List<? extends EventMessage<?>> events = eventStore.readEvents(source).asStream().toList();
        assertThat(events).isNotEmpty().allSatisfy(event -> {
            TraceParent carried = TraceParent.parse((String) event.getMetaData().get(TraceParent.HEADER)).orElseThrow();
            assertThat(carried.traceId()).isEqualTo(traceId);
            assertThat(carried).isEqualTo(answered);
        });
    }

    @Test
    void aRequestWithoutTraceparentStartsATrace() {
        String source = "SRC-ROOT-" + UUID.randomUUID().toString().substring(0, 8);
        ResponseEntity<String> created = RestClient.create("http://127.0.0.1:" + port).post().uri("/api/sources")
                .headers(h -> h.addAll(TestUsers.ALICE.basic())).header(TraceParent.HEADER, "not-a-traceparent")
                .contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"sourceId":"%s","name":"Untraced Mine","tier":"MINE","country":"AU"}""".formatted(source))
                .retrieve().toEntity(String.class);
        TraceParent started = TraceParent.parse(created.getHeaders().getFirst(TraceParent.HEADER)).orElseThrow();
        assertThat(eventStore.readEvents(source).asStream().toList()).isNotEmpty().allSatisfy(event ->
                assertThat(event.getMetaData().get(TraceParent.HEADER)).isEqualTo(started.header()));
    }

    @Test
    void eventHandlersLogUnderTheTraceOfTheirEvent(CapturedOutput output) throws Exception {
        TraceParent trace = TraceParent.newTrace();
        String lot = "LOT-UNSEEN-" + UUID.randomUUID();
        // a hold for a lot whose receipt notify-outbox never saw: it says so in a warning, under the event's trace
        eventStore.publish(new GenericDomainEventMessage<>("MagnetLot", lot, 0,
                new LotHeld(lot, HoldCategory.NONCONFORMANCE, "HcJ below limit", "qe.anna", Instant.now()),
                MetaData.with(TraceParent.HEADER, trace.header())));
        eventually(() -> assertThat(output.getOut().lines().filter(line -> line.contains(lot)).toList())
                .isNotEmpty().allSatisfy(line -> assertThat(line).contains(trace.traceId())));
    }

    @Test
    void everyMetricTheDashboardAndAlertsUseIsExported() throws Exception {
        // traffic first, so per-request and per-command series exist as they do in production
        RestClient.create("http://127.0.0.1:" + port).post().uri("/api/sources").headers(h -> h.addAll(TestUsers.ALICE.basic()))
                .contentType(MediaType.APPLICATION_JSON)
                .body("{\"name\":\"Scraped Mine\",\"tier\":\"MINE\",\"country\":\"AU\"}").retrieve().toBodilessEntity();
        eventually(() -> assertThat(lag(LOTS)).isNotEmpty());
        String scrape = RestClient.create("http://127.0.0.1:" + port).get().uri("/actuator/prometheus")
                .headers(h -> h.addAll(TestUsers.ADMIN.basic())).retrieve().body(String.class);
        Set<String> exported = new TreeSet<>();
        scrape.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                .forEach(line -> exported.add(line.split("[{ ]", 2)[0]));

        Set<String> used = new TreeSet<>();
        JsonNode dashboard = new ObjectMapper().readTree(OBSERVABILITY.resolve("grafana/dashboards/specloop.json").toFile());
        List<String> expressions = new ArrayList<>();
        dashboard.findValues("expr").forEach(expr -> expressions.add(expr.asText()));
        assertThat(expressions).hasSizeGreaterThanOrEqualTo(20);
        Map<String, Object> alerts = new Yaml().load(Files.readString(OBSERVABILITY.resolve("prometheus/alerts.yml")));
        int rules = 0;
        for (Object group : (List<?>) alerts.get("groups")) {
            for (Object rule : (List<?>) ((Map<?, ?>) group).get("rules")) {
                expressions.add((String) ((Map<?, ?>) rule).get("expr"));
                rules++;
            }
        }
        assertThat(rules).isGreaterThanOrEqualTo(6);
        expressions.forEach(expr -> used.addAll(PromQl.metricNames(expr)));

        // "up" is made by Prometheus itself for every target, not by the application
        used.remove("up");
        assertThat(used).contains("specloop_processor_lag", "specloop_processor_dead_letters", "ingest_records_total",
                "loop_proposals_total", "notify_outbox_rows", "notify_delivery_latency_seconds_bucket",
                "notify_delivery_failures_total", "notify_delivery_dead_letters_total", "http_server_requests_seconds_count",
                "jvm_memory_used_bytes", "axon_command_bus_handled_total");
        assertThat(exported).containsAll(used);
        assertThat(exported).doesNotContain("no_such_metric_total");
    }

    private List<Double> lag(String processor) {
        return meters.find(ProcessorLagMetrics.LAG).tag("processor", processor).gauges().stream().map(Gauge::value).toList();
    }

    private double deadLetters(String group) {
        Gauge gauge = meters.find(ProcessorLagMetrics.DEAD_LETTERS).tag("group", group).gauge();
        return gauge == null ? -1 : gauge.value();
    }

    /** The lag metrics refresh every few seconds. */
    private static void eventually(Eventually.Check assertion) throws Exception {
        Eventually.eventually(Duration.ofSeconds(45), Duration.ofMillis(200), assertion);
    }
}
