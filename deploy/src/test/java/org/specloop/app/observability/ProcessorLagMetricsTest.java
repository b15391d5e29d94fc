package org.specloop.app.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.NoTransactionManager;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.specloop.app.PostgresTestDatabase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Lag and dead letters read from the real tables, on both databases: tokens written by Axon's own
 * token store, dead letters by its JDBC queue, events as rows of the event table.
 */
class ProcessorLagMetricsTest {
    private final Serializer serializer = JacksonSerializer.defaultSerializer();

    @Test
    void readsLagAndDeadLettersFromH2() throws Exception {
        checkAgainst(new DriverManagerDataSource("jdbc:h2:mem:lag-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", ""), "h2");
    }

    @Test
    void readsLagAndDeadLettersFromPostgres() throws Exception {
        PostgresTestDatabase database = PostgresTestDatabase.create();
        try {
            checkAgainst(new DriverManagerDataSource(database.url(), database.user(), ""), "postgresql");
        } finally {
            database.drop();
        }
    }

    private void checkAgainst(DataSource dataSource, String vendor) throws Exception {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/" + vendor).load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        for (int i = 0; i < 10; i++) {
            jdbc.update("INSERT INTO domain_event_entry (aggregateIdentifier, sequenceNumber, type, eventIdentifier, payload,"
                    + " payloadType, timeStamp) VALUES (?, ?, 'Lot', ?, ?, 'java.lang.String', '2026-01-01T00:00:00Z')",
                    "LOT-" + i, 0, UUID.randomUUID().toString(), "\"x\"".getBytes());
        }
        long head = jdbc.queryForObject("SELECT MAX(globalIndex) FROM domain_event_entry", Long.class);
        ConnectionProvider connections = dataSource::getConnection;
        JdbcTokenStore tokens = JdbcTokenStore.builder().connectionProvider(connections).serializer(serializer)
                .schema(TokenSchema.builder().setTokenTable("token_entry").build()).nodeId("test").build();
        tokens.initializeTokenSegments("query-lots", 2);
        tokens.initializeTokenSegments("query-sources", 1);
        tokens.fetchToken("query-lots", 0);
        tokens.storeToken(GapAwareTrackingToken.newInstance(head - 3, Set.of()), "query-lots", 0);
        tokens.fetchToken("query-sources", 0);
        tokens.storeToken(GapAwareTrackingToken.newInstance(head, Set.of()), "query-sources", 0);
        JdbcSequencedDeadLetterQueue<org.axonframework.eventhandling.EventMessage<?>> queue = JdbcSequencedDeadLetterQueue.builder()
                .processingGroup("query-lots").connectionProvider(connections).transactionManager(NoTransactionManager.INSTANCE)
                .schema(DeadLetterSchema.builder().deadLetterTable("dead_letter_entry").build())
                .genericSerializer(serializer).eventSerializer(serializer).build();
        queue.enqueue("LOT-1", new GenericDeadLetter<>("LOT-1", new GenericDomainEventMessage<>("Lot", "LOT-1", 1, "payload"),
                new IllegalStateException("failed on purpose")));

        ProcessorLagMetrics metrics = new ProcessorLagMetrics(jdbc, serializer, Duration.ofMillis(50));
        ProcessorLagMetrics.Snapshot snapshot = metrics.read();
        assertThat(snapshot.head()).isEqualTo(head);
        assertThat(snapshot.positions()).containsExactlyInAnyOrderEntriesOf(Map.of(
                new ProcessorLagMetrics.Segment("query-lots", 0), head - 3,
                new ProcessorLagMetrics.Segment("query-lots", 1), 0L,
                new ProcessorLagMetrics.Segment("query-sources", 0), head));
        assertThat(snapshot.deadLetters()).containsExactlyInAnyOrderEntriesOf(Map.of("query-lots", 1L, "query-sources", 0L));

        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        try (metrics) {
            metrics.bindTo(registry);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (registry.find(ProcessorLagMetrics.LAG).gauges().size() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(lag(registry, "query-lots", "0")).isEqualTo(3);
            assertThat(lag(registry, "query-lots", "1")).as("a segment without a token is behind by the whole store").isEqualTo(head);
            assertThat(lag(registry, "query-sources", "0")).isZero();
            assertThat(registry.get(ProcessorLagMetrics.DEAD_LETTERS).tag("group", "query-lots").gauge().value()).isEqualTo(1);
            assertThat(registry.get(ProcessorLagMetrics.DEAD_LETTERS).tag("group", "query-sources").gauge().value()).isZero();
            assertThat(registry.get(ProcessorLagMetrics.HEAD).gauge().value()).isEqualTo(head);
        }
    }

    private static double lag(SimpleMeterRegistry registry, String processor, String segment) {
        Gauge gauge = registry.get(ProcessorLagMetrics.LAG).tag("processor", processor).tag("segment", segment).gauge();
        return gauge.value();
    }
}
