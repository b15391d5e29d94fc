package org.specloop.app.observability;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Known answers for the promtool rules PromLint restates. */
class PromLintTest {

    @Test
    void aCleanScrapeHasNoProblems() {
        Map<String, PromLint.Family> families = PromLint.parse("""
                # HELP ingest_records_total Records taken in
                # TYPE ingest_records_total counter
                ingest_records_total{outcome="accepted",topic="specloop.lab.measurements"} 3.0
                # HELP axon_event_processor_handling_seconds Time to handle events
                # TYPE axon_event_processor_handling_seconds summary
                axon_event_processor_handling_seconds_count{outcome="success",processor="query-lots"} 2
                axon_event_processor_handling_seconds_sum{outcome="success",processor="query-lots"} 0.2
                """);

        assertThat(families).containsOnlyKeys("ingest_records_total", "axon_event_processor_handling_seconds");
        assertThat(families.get("axon_event_processor_handling_seconds").labels()).containsExactly("outcome", "processor");
        assertThat(families.values()).allSatisfy(f -> assertThat(PromLint.problems(f)).isEmpty());
    }

    @Test
    void axonsOwnNamingBreaksFourRules() {
        Map<String, PromLint.Family> families = PromLint.parse("""
                # HELP eventProcessor_successCounter_total
                # TYPE eventProcessor_successCounter_total counter
                eventProcessor_successCounter_total{payloadType="LotHeld",processorName="query-lots"} 1.0
                # HELP jvm_compilation_time_ms_total The time
                # TYPE jvm_compilation_time_ms_total counter
                jvm_compilation_time_ms_total 12
                # HELP notify_outbox_rows_total Rows
                # TYPE notify_outbox_rows_total gauge
                notify_outbox_rows_total 1
                # HELP loop_proposals Proposals
                # TYPE loop_proposals counter
                loop_proposals 1
                """);

        assertThat(PromLint.problems(families.get("eventProcessor_successCounter_total"))).containsExactly(
                "eventProcessor_successCounter_total: no help text",
                "eventProcessor_successCounter_total: metric names should be written in 'snake_case' not 'camelCase'",
                "eventProcessor_successCounter_total: label names should be written in 'snake_case' not 'camelCase' (payloadType)",
                "eventProcessor_successCounter_total: label names should be written in 'snake_case' not 'camelCase' (processorName)");
        assertThat(PromLint.problems(families.get("jvm_compilation_time_ms_total")))
                .containsExactly("jvm_compilation_time_ms_total: metric names should not contain abbreviated units (ms)");
        assertThat(PromLint.problems(families.get("notify_outbox_rows_total")))
                .containsExactly("notify_outbox_rows_total: non-counter metrics should not have \"_total\" suffix");
        assertThat(PromLint.problems(families.get("loop_proposals")))
                .containsExactly("loop_proposals: counter metrics should have \"_total\" suffix");
    }
}
