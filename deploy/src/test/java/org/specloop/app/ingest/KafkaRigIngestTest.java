package org.specloop.app.ingest;

import org.specloop.app.ApiClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.ingest.IngestTopics;

/** Rig ingest through the real broker: results, dead letters, and a restart in the middle of a run. */
class KafkaRigIngestTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aRunProducedToKafkaIsRecordedPointByPointWithDuplicatesIgnored() {
        KafkaTestBroker kafka = KafkaTestBroker.require();
        try (IngestApp app = new IngestApp(db(), kafka.properties()).withRigPrerequisites()) {
            String run = "RUN-A";
            kafka.send(kafka.runs, run, List.of(RigTraffic.runStarted(run),
                    RigTraffic.pointChanged(run, "P1", "LOAD", 100, 100)));
            List<String> samples = RigTraffic.samples(run, 300, 200);
            kafka.send(kafka.samples, run, samples.subList(0, 300));
            kafka.send(kafka.runs, run, List.of(RigTraffic.pointChanged(run, "P2", "NO_LOAD", 100, 0)));
            kafka.send(kafka.samples, run, samples.subList(300, 500));
            kafka.send(kafka.samples, run, samples.subList(0, 50)); // a producer resending what it was unsure of
            kafka.send(kafka.runs, run, List.of(RigTraffic.runFinished(run)));

            IngestApp.await(WAIT, "run completed", () -> !app.events(run, "MotorRunCompleted").isEmpty());

            List<JsonNode> points = app.events(run, "MotorPerformanceRecorded");
            assertThat(points).extracting(p -> p.get("pointId").asText()).containsExactly("P1", "P2");
            JsonNode load = points.get(0);
            assertThat(load.get("sampleCount").asLong()).isEqualTo(300);
            assertThat(load.get("motorSerial").asText()).isEqualTo("SN-" + run);
            assertThat(load.get("installedLots")).hasSize(2);
            // eta = 70 N*m * 2 pi 1500/60 / 11800 W
            assertThat(load.get("efficiencyPercent").asDouble()).isCloseTo(100 * 70 * 2 * Math.PI * 25 / 11800, within(1e-9));
            assertThat(load.get("temperatureRiseK").asDouble()).isEqualTo(70.0);
            assertThat(load.get("ieClassMet").asText()).isEqualTo("IE3");
            assertThat(load.get("verdicts").findValuesAsText("verdict")).containsOnly("PASS");
            JsonNode noLoad = points.get(1);
            assertThat(noLoad.get("sampleCount").asLong()).isEqualTo(200);
            assertThat(noLoad.get("keVsPerRad").asDouble()).isCloseTo(400.0 / (2 * Math.PI * 25), within(1e-9));
            assertThat(app.events(run, "MotorRunCompleted").get(0).get("pointsRecorded").asInt()).isEqualTo(2);
        }
    }

    @Test
    void badRecordsGoToTheDeadLetterTopicWithTheirReasonAndGoodOnesAfterThemStillCount() {
        KafkaTestBroker kafka = KafkaTestBroker.require();
        try (IngestApp app = new IngestApp(db(), kafka.properties()).withRigPrerequisites()) {
            String run = "RUN-B";
            kafka.send(kafka.runs, run, List.of(RigTraffic.runStarted(run),
                    RigTraffic.pointChanged(run, "P1", "LOAD", 100, 100), "{\"type\":\"Nonsense\"}"));
            List<String> traffic = new ArrayList<>();
            traffic.add("this is not json");
            traffic.add(RigTraffic.loadSample(run, "P1", 0).replace("\"speedRpm\":1500.0", "\"speedRpm\":-5.0"));
            traffic.add(RigTraffic.loadSample("RUN-NEVER-STARTED", "P1", 0));
            traffic.addAll(RigTraffic.samples(run, 100, 0));
            kafka.send(kafka.samples, run, traffic);
            kafka.send(kafka.runs, run, List.of(RigTraffic.runFinished(run)));

            IngestApp.await(WAIT, "run completed", () -> !app.events(run, "MotorRunCompleted").isEmpty());
            assertThat(app.events(run, "MotorPerformanceRecorded").get(0).get("sampleCount").asLong()).isEqualTo(100);

            List<ConsumerRecord<String, String>> dead = kafka.deadLetters(4, WAIT);
            assertThat(dead).hasSize(4);
            assertThat(dead).extracting(d -> KafkaTestBroker.header(d, IngestTopics.HEADER_DLQ_REASON))
                    .anySatisfy(r -> assertThat(r).startsWith("not a JSON object"))
                    .anySatisfy(r -> assertThat(r).contains("speedRpm -5.0 is out of range"))
                    .anySatisfy(r -> assertThat(r).startsWith("unknown-run: no RunStarted for run RUN-NEVER-STARTED"))
                    .anySatisfy(r -> assertThat(r).startsWith("not a run control message"));
            ConsumerRecord<String, String> notJson = dead.stream().filter(d -> d.value().equals("this is not json"))
                    .findFirst().orElseThrow();
            assertThat(notJson.key()).isEqualTo(run);
            assertThat(KafkaTestBroker.header(notJson, IngestTopics.HEADER_DLQ_SOURCE_TOPIC)).isEqualTo(kafka.samples);
            assertThat(KafkaTestBroker.header(notJson, IngestTopics.HEADER_DLQ_SOURCE_OFFSET)).isEqualTo("0");
            assertThat(KafkaTestBroker.header(notJson, IngestTopics.HEADER_DLQ_FAILED_AT)).isNotBlank();
        }
    }

    @Test
    void aRunWhoseLotsAreOfAnotherPartIsDeadLetteredWithItsSamples() throws Exception {
        KafkaTestBroker kafka = KafkaTestBroker.require();
        try (IngestApp app = new IngestApp(db(), kafka.properties()).withRigPrerequisites()) {
            ApiClient http = app.http();
            RigTraffic.lot((path, json) -> http.post(path, "qe.alice", json).status(), "LOT-RIG-42SH", "RTR-MAG-RIG-42SH");
            String run = "RUN-OTHER-PART";
            kafka.send(kafka.samples, run, RigTraffic.samples(run, 2, 0)); // ahead of their run, as rigs do
            kafka.send(kafka.runs, run, List.of(RigTraffic.runStarted(run, List.of("LOT-1", "LOT-RIG-42SH"))));

            List<ConsumerRecord<String, String>> dead = kafka.deadLetters(3, WAIT);
            assertThat(dead).extracting(d -> KafkaTestBroker.header(d, IngestTopics.HEADER_DLQ_REASON))
                    .hasSize(3).allSatisfy(r -> assertThat(r).contains("rule lot-of-another-part: installed lot"
                            + " 'LOT-RIG-42SH' is part RTR-MAG-RIG-42SH"));
            assertThat(app.events(run, "MotorTestRunStarted")).isEmpty();
        }
    }

    @Test
    void afterARestartInTheMiddleOfARunEverySampleIsCountedExactlyOnce() {
        KafkaTestBroker kafka = KafkaTestBroker.require();
        String database = db();
        String run = "RUN-C";
        List<String> samples = RigTraffic.samples(run, 2000, 1000);
        try (IngestApp first = new IngestApp(database, kafka.properties()).withRigPrerequisites()) {
            kafka.send(kafka.runs, run, List.of(RigTraffic.runStarted(run),
                    RigTraffic.pointChanged(run, "P1", "LOAD", 100, 100)));
            kafka.send(kafka.samples, run, samples.subList(0, 1500));
            IngestApp.await(WAIT, "first half stored", () -> storedSamplesOffset(first, kafka.samples) >= 1500);
        }
        try (IngestApp second = new IngestApp(database, kafka.properties())) {
            kafka.send(kafka.samples, run, samples.subList(1000, 2000)); // overlaps what the first one counted
            kafka.send(kafka.runs, run, List.of(RigTraffic.pointChanged(run, "P2", "NO_LOAD", 100, 0)));
            kafka.send(kafka.samples, run, samples.subList(2000, 3000));
            kafka.send(kafka.runs, run, List.of(RigTraffic.runFinished(run)));

            IngestApp.await(WAIT, "run completed", () -> !second.events(run, "MotorRunCompleted").isEmpty());
            assertThat(second.events(run, "MotorPerformanceRecorded"))
                    .extracting(p -> p.get("sampleCount").asLong()).containsExactly(2000L, 1000L);
        }
    }

    private static long storedSamplesOffset(IngestApp app, String topic) {
        Long sum = app.jdbc().queryForObject(
                "SELECT COALESCE(SUM(next_offset), 0) FROM ingest_offset WHERE topic = ?", Long.class, topic);
        return sum == null ? 0 : sum;
    }

    private static String db() {
        return "ingest-" + UUID.randomUUID();
    }
}
