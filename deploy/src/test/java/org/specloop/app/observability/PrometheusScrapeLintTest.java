package org.specloop.app.observability;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.specloop.app.ApiClient;
import org.specloop.app.TestUsers;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scrape as a Prometheus operator's tooling reads it, after real traffic (a command, lots measured
 * through the processors): every metric family passes promtool's checks (PromLint), and Axon's event
 * processor series do not multiply by payload type.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@AutoConfigureObservability
class PrometheusScrapeLintTest {
    @LocalServerPort
    int port;

    @Test
    void everyFamilyPassesPromtoolsChecksAndAxonsSeriesStayFew() throws InterruptedException {
        ApiClient api = new ApiClient(port);
        api.post("/api/sources", "qe.alice", """
                {"sourceId":"LINT-1","name":"Lint Mine","tier":"MINE","country":"AU"}""");
        api.post("/api/lots", "rig.7", """
                {"lotId":"LOT-LINT-1","supplierId":"MAG-DE-1","partNumber":"PN-LINT","grade":"42SH","quantity":10,
                 "receivedAt":"%s"}""".formatted(Instant.now()));
        api.await("/api/lots/LOT-LINT-1", lot -> true);
        // the lag gauges appear with the first refresh of the token table (every 5 s): scrape until they are in
        Map<String, PromLint.Family> families = PromLint.parse(scrape());
        for (int tries = 0; !families.containsKey("specloop_processor_lag") && tries < 60; tries++) {
            Thread.sleep(500);
            families = PromLint.parse(scrape());
        }

        List<String> problems = families.values().stream().flatMap(f -> PromLint.problems(f).stream())
                .filter(problem -> !MICROMETER_STANDARD_NAMES.contains(problem.substring(0, problem.indexOf(':'))))
                .toList();
        assertThat(problems).isEmpty();
        assertThat(families.keySet()).noneMatch(name -> name.startsWith("eventProcessor") || name.startsWith("commandBus"))
                .contains("axon_event_processor_handling_seconds", "axon_event_processor_handled_total",
                        "axon_command_bus_handling_seconds", "specloop_processor_lag");
        assertThat(families.values()).as("no series per payload type unless asked for")
                .noneMatch(family -> family.labels().contains("payload_type"));
        // one series per processor and outcome: count, sum and max, no quantiles
        assertThat(families.get("axon_event_processor_handling_seconds").labels()).doesNotContain("quantile");
    }

    private String scrape() {
        return RestClient.create("http://127.0.0.1:" + port).get().uri("/actuator/prometheus")
                .headers(h -> h.addAll(TestUsers.ADMIN.basic())).retrieve().body(String.class);
    }

    /**
     * Micrometer's JVM and process meters keep the names every JVM dashboard uses, though promtool frowns on
     * their abbreviated units; they are not SpecLoop's to rename.
     */
    private static final List<String> MICROMETER_STANDARD_NAMES = List.of("jvm_compilation_time_ms_total",
            "process_cpu_time_ns_total");
}
