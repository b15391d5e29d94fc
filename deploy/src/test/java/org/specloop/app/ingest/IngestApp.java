package org.specloop.app.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.specloop.app.ApiClient;
import org.specloop.app.SpecLoopApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** A whole SpecLoop application on a named in-memory database that outlives it, for restart tests. */
final class IngestApp implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConfigurableApplicationContext context;
    private final JdbcTemplate jdbc;

    IngestApp(String database, String... properties) {
        List<String> all = new ArrayList<>(List.of(properties));
        all.add("spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1");
        all.add("server.port=0");
        // as arguments, not builder properties: those are defaults that application.yml would override
        context = new SpringApplicationBuilder(SpecLoopApplication.class).profiles("test")
                .run(all.stream().map(p -> "--" + p).toArray(String[]::new));
        jdbc = context.getBean(JdbcTemplate.class);
    }

    /** Payloads of one event type of one run, as JSON, in the order they were stored. */
    List<JsonNode> events(String runId, String simpleType) {
        return jdbc.queryForList("SELECT payload FROM domain_event_entry WHERE aggregateIdentifier = ? "
                        + "AND payloadType = ? ORDER BY globalIndex", byte[].class, runId,
                "org.specloop.contracts.motor." + simpleType).stream().map(IngestApp::json).toList();
    }

    private static JsonNode json(byte[] payload) {
        try {
            return JSON.readTree(new String(payload, StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A client of this application's real HTTP port. */
    ApiClient http() {
        return new ApiClient(Integer.parseInt(context.getEnvironment().getRequiredProperty("local.server.port")));
    }

    /** The design and lots RigTraffic's runs declare, created as a quality engineer would; returns this app. */
    IngestApp withRigPrerequisites() {
        ApiClient http = http();
        try {
            RigTraffic.prerequisites((path, json) -> http.post(path, "qe.alice", json).status());
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the rig traffic's design and lots", e);
        }
        return this;
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    static void await(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
