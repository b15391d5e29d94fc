package org.specloop.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/bench/scenarios/all against stand-in scenarios (small bash scripts that print what the real ones
 * print), so that its reading of last lines, its table and its handling of failures are checked in
 * seconds without starting Kafka, PostgreSQL or the application.
 */
class BenchSuiteScriptTest {
    @TempDir
    Path scenarios;
    @TempDir
    Path logs;

    private record Run(int exit, String stdout, String stderr) {
        String lastLine() {
            List<String> lines = stdout.lines().filter(line -> !line.isBlank()).toList();
            return lines.get(lines.size() - 1);
        }
    }

    @Test
    void readsEveryScenarioAtEverySizeIntoTheTableAndTheLastLine() throws Exception {
        scenario("ingest", "echo \"ingest_samples_per_s=$(( $1 / 10 )) kafka_raw_per_s=400000 ratio=0.25\"");
        scenario("measurements", "echo 'measurements_per_s=2500 pg_copy_per_s=190000 ratio=0.013'");
        scenario("baseline", "echo \"$*\" >> \"$(dirname \"$0\")/baseline.args\"",
                "echo 'baseline_per_s=250 measurements_per_s=2500 speedup=10.0 complete=true'");
        scenario("replay", "echo \"replay_events_per_s=$(( $1 * 2 ))\"");
        scenario("plant", "n=${1#--measurements=}",
                "echo \"processed_per_s=$(( 5000 + n / 100000 )) append_per_s=6000 processed_ratio=0.83 head_after_load_s=2.50"
                        + " verdict_p99_ms=$(( n / 1000 )) drift_ms=300 reevaluate_s=4.00 query_p99_ms=80.0"
                        + " replay_events_per_s=40000 floors_met=true\"");
        scenario("notify", "echo \"$*\" > \"$(dirname \"$0\")/notify.args\"",
                "echo 'notify_kafka_p50_ms=40 notify_kafka_p99_ms=120 notify_webhook_p99_ms=150'");

        Run run = all(Map.of("BENCH_SIZES", "100000,10000", "BENCH_NOTIFY_ARGS", "--approvals=20 --specs=2"));

        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(run.lastLine()).startsWith("sizes=10000,100000 size=100000 ingest_samples_per_s=10000 "
                        + "kafka_raw_per_s=400000 ingest_ratio=0.25 measurements_per_s=2500 pg_copy_per_s=190000 "
                        + "measurements_ratio=0.013 baseline_per_s=250 speedup_vs_baseline=10.0 baseline_complete=true "
                        + "replay_events_per_s=200000 plant_processed_per_s=5001 plant_verdict_p99_ms=100 plant_drift_ms=300 "
                        + "plant_reevaluate_s=4.00 plant_query_p99_ms=80.0 plant_replay_events_per_s=40000 plant_floors_met=true "
                        + "notify_kafka_p50_ms=40 notify_kafka_p99_ms=120 "
                        + "notify_webhook_p99_ms=150 ingest_scaling=10.00 measurements_scaling=1.00 "
                        + "baseline_scaling=1.00 replay_scaling=10.00 plant_scaling=1.00 failed=none total_s=");
        assertThat(run.stdout()).contains("size=10000 ingest_samples_per_s=1000 ")
                .containsPattern("measurements +10000 +ok +\\d+ +2500 +PostgreSQL COPY +190000 +0.013 +1.00")
                .containsPattern("baseline +100000 +ok +\\d+ +250 +batch path +2500 +10.0x +1.00")
                .containsPattern("plant +100000 +ok +\\d+ +5001 +append \\(HTTP\\) +6000 +0.83 +1.00")
                // every plant figure per size, and its scaling: a time ten times longer at ten times the data is 0.10
                .containsPattern(" +10000 +5000 +2.50 +10 +300 +4.00 +80.0 +40000 +true")
                .containsPattern("scaling +1.00 +1.00 +0.10 +1.00 +1.00 +1.00 +1.00");
        // the baseline is compared with the measurements run of its own size, and stops after the time limit
        assertThat(Files.readAllLines(scenarios.resolve("baseline.args"))).containsExactly(
                "--measurements=10000 --time-limit-s=1800 --measurements-per-s=2500",
                "--measurements=100000 --time-limit-s=1800 --measurements-per-s=2500");
        assertThat(Files.readString(scenarios.resolve("notify.args"))).isEqualTo("--approvals=20 --specs=2\n");
    }

    @Test
    void aFailingScenarioIsReportedWhileTheOthersStillRun() throws Exception {
        scenario("ingest", "echo 'ingest_samples_per_s=20000 kafka_raw_per_s=400000 ratio=0.05'");
        scenario("measurements", "echo 'PSQLException: connection refused' >&2", "exit 3");
        scenario("baseline", "echo \"$*\" >> \"$(dirname \"$0\")/baseline.args\"",
                "echo 'baseline_per_s=180 measurements_per_s=2000 speedup=11.1 complete=false'");
        scenario("notify", "echo 'a table, but no key=value line'");

        Run run = all(Map.of("BENCH_SIZES", "10000"));

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.lastLine()).contains(" measurements_per_s=failed ", " measurements_ratio=failed ",
                        " baseline_per_s=180 ", " baseline_complete=false ", " replay_events_per_s=not_available ",
                        " plant_processed_per_s=not_available ",
                        " notify_kafka_p99_ms=failed ", " ingest_scaling=n/a ")
                .contains(" failed=measurements@10000,notify@once ");
        assertThat(run.stdout()).containsPattern("measurements +10000 +FAILED \\(exit 3\\)")
                .containsPattern("baseline +10000 +partial \\(time limit\\)")
                .containsPattern("replay +- +not available")
                .containsPattern("plant +- +not available")
                .containsPattern("notify +- +FAILED \\(no key=value last line\\)");
        assertThat(run.stderr()).contains("PSQLException: connection refused");
        // without a measurements figure the baseline scenario measures the real set-up itself
        assertThat(Files.readAllLines(scenarios.resolve("baseline.args")))
                .containsExactly("--measurements=10000 --time-limit-s=1800");
    }

    @Test
    void refusesSizesThatAreNotWholeNumbers() throws Exception {
        Run run = all(Map.of("BENCH_SIZES", "10000 1e5"));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.stderr()).contains("BENCH_SIZES must be positive integers, got '1e5'");
    }

    private void scenario(String name, String... lines) throws IOException {
        Path script = scenarios.resolve(name);
        Files.writeString(script, "#!/usr/bin/env bash\nset -euo pipefail\n" + String.join("\n", lines) + "\n");
        assertThat(script.toFile().setExecutable(true)).isTrue();
    }

    private Run all(Map<String, String> environment) throws Exception {
        Path script = Path.of("bench/scenarios/all");
        if (!Files.exists(script)) {
            script = Path.of("deploy/bench/scenarios/all");
        }
        Path stdout = logs.resolve("stdout");
        Path stderr = logs.resolve("stderr");
        ProcessBuilder builder = new ProcessBuilder("bash", script.toAbsolutePath().toString())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("BENCH_"));
        builder.environment().put("BENCH_SCENARIO_DIR", scenarios.toString());
        builder.environment().put("BENCH_LOG_DIR", logs.resolve("runs").toString());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("deploy/bench/scenarios/all did not finish within 60 s");
        }
        return new Run(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }
}
