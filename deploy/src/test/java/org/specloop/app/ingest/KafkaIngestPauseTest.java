package org.specloop.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.specloop.app.ApiClient;
import org.specloop.app.TestUsers;

/**
 * An operator pauses a node's Kafka ingest (maintenance, a backlog to read later) and resumes it:
 * while paused nothing is read or stored, and after the resume the backlog is recorded exactly once.
 */
class KafkaIngestPauseTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Several flush intervals (200 ms in the test broker's settings) and polls: long enough for a read to show. */
    private static final long QUIET_MS = 1500;
    private static final String ADMIN = TestUsers.ADMIN.username;

    @Test
    void aNodeStartedPausedReadsNothingUntilResumedThenRecordsTheBacklogOnce() throws InterruptedException {
        KafkaTestBroker kafka = KafkaTestBroker.require();
        try (IngestApp app = new IngestApp(db(), with(kafka.properties(), "specloop.ingest.kafka.start-paused=true"))
                .withRigPrerequisites()) {
            ApiClient http = app.http();
            // each consumer thread reports once it runs: wait for all three (rig, lot receipts, lab measurements)
            IngestApp.await(WAIT, "all consumers paused", () -> {
                JsonNode now = http.get("/api/admin/ingest", ADMIN).body();
                return now.path("paused").asBoolean() && now.path("consumers").size() == 3;
            });
            JsonNode state = http.get("/api/admin/ingest", ADMIN).body();
            assertThat(state.path("consumers").fieldNames()).toIterable()
                    .contains("ingest-rig-0", "ingest-lot-receipts", "ingest-lab-measurements");

            String run = "RUN-P";
            sendRun(kafka, run);
            Thread.sleep(QUIET_MS);
            assertThat(app.events(run, "MotorTestRunStarted")).isEmpty();

            ApiClient.Response resumed = http.post("/api/admin/ingest/resume", ADMIN, null);
            assertThat(resumed.status()).isEqualTo(200);
            assertThat(resumed.body().path("paused").asBoolean()).isFalse();
            assertThat(resumed.body().path("consumers").path("ingest-rig-0").asBoolean()).isFalse();

            IngestApp.await(WAIT, "run completed", () -> !app.events(run, "MotorRunCompleted").isEmpty());
            assertThat(app.events(run, "MotorPerformanceRecorded")).extracting(p -> p.get("sampleCount").asLong())
                    .containsExactly(300L, 200L);
        }
    }

    @Test
    void aPauseAnswersOnceNothingIsReadAndAResumeReadsOnFromWhereItStopped() throws InterruptedException {
        KafkaTestBroker kafka = KafkaTestBroker.require();
        try (IngestApp app = new IngestApp(db(), kafka.properties()).withRigPrerequisites()) {
            ApiClient http = app.http();
            String first = "RUN-Q1";
            sendRun(kafka, first);
            IngestApp.await(WAIT, "first run completed", () -> !app.events(first, "MotorRunCompleted").isEmpty());

            ApiClient.Response paused = http.post("/api/admin/ingest/pause", ADMIN, null);
            assertThat(paused.status()).isEqualTo(200);
            assertThat(paused.body().path("paused").asBoolean()).isTrue();
            assertThat(paused.body().path("requested").asBoolean()).isTrue();

            String second = "RUN-Q2";
            sendRun(kafka, second);
            Thread.sleep(QUIET_MS);
            assertThat(app.events(second, "MotorTestRunStarted")).isEmpty();

            assertThat(http.post("/api/admin/ingest/resume", ADMIN, null).status()).isEqualTo(200);
            IngestApp.await(WAIT, "second run completed", () -> !app.events(second, "MotorRunCompleted").isEmpty());
            assertThat(app.events(second, "MotorPerformanceRecorded")).extracting(p -> p.get("sampleCount").asLong())
                    .containsExactly(300L, 200L);
            assertThat(app.events(first, "MotorPerformanceRecorded")).hasSize(2);
        }
    }

    @Test
    void onlyAnAdministratorMayPauseIngest() {
        KafkaTestBroker kafka = KafkaTestBroker.require();
        try (IngestApp app = new IngestApp(db(), kafka.properties())) {
            ApiClient http = app.http();
            assertThat(http.post("/api/admin/ingest/pause", TestUsers.BOB.username, null).status()).isEqualTo(403);
            assertThat(http.post("/api/admin/ingest/pause", "rig", null).status()).isEqualTo(403);
            assertThat(http.get("/api/admin/ingest", ADMIN).body().path("requested").asBoolean()).isFalse();
        }
    }

    private static void sendRun(KafkaTestBroker kafka, String run) {
        List<String> samples = RigTraffic.samples(run, 300, 200);
        kafka.send(kafka.runs, run, List.of(RigTraffic.runStarted(run), RigTraffic.pointChanged(run, "P1", "LOAD", 100, 100)));
        kafka.send(kafka.samples, run, samples.subList(0, 300));
        kafka.send(kafka.runs, run, List.of(RigTraffic.pointChanged(run, "P2", "NO_LOAD", 100, 0)));
        kafka.send(kafka.samples, run, samples.subList(300, 500));
        kafka.send(kafka.runs, run, List.of(RigTraffic.runFinished(run)));
    }

    private static String[] with(String[] properties, String extra) {
        String[] all = java.util.Arrays.copyOf(properties, properties.length + 1);
        all[properties.length] = extra;
        return all;
    }

    private static String db() {
        return "ingest-pause-" + UUID.randomUUID();
    }
}
