package org.specloop.ingest.rig;

import org.specloop.ingest.parse.RunControlParser;
import org.specloop.ingest.parse.SampleParser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.specloop.ingest.Source;
import org.specloop.ingest.StoredOffset;
import org.specloop.contracts.motor.CompleteMotorTestRun;
import org.specloop.contracts.motor.RecordOperatingPointResult;
import org.specloop.contracts.motor.StartMotorTestRun;
import org.specloop.calculations.motor.ieclass.EfficiencyClasses;

/** Results are sent outside the engine's lock; stored state must still never run ahead of them. */
class RigIngestEngineOutboxTest {

    private final List<String> sent = new ArrayList<>();
    private final List<RunState.Stored> saved = new ArrayList<>();
    private int failuresLeft;

    private final RigStateStore store = new RigStateStore() {
        @Override
        public Optional<RunState.Stored> load(String runId) {
            return Optional.empty();
        }

        @Override
        public void save(Collection<RunState.Stored> runs, Map<StoredOffset, Long> nextOffsets) {
            saved.addAll(runs);
        }
    };

    private final RunCommands commands = new RunCommands() {
        @Override
        public void start(StartMotorTestRun command) {
            sent.add("start");
        }

        @Override
        public void record(RecordOperatingPointResult command, String rigId) {
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new IllegalStateException("event store down");
            }
            sent.add("record " + command.pointId());
        }

        @Override
        public void complete(CompleteMotorTestRun command, String rigId) {
            sent.add("complete");
        }
    };

    private final RigIngestEngine engine = new RigIngestEngine(store, commands, RigIngestSettings.defaults(),
            EfficiencyClasses.withBundledTable());

    /** One run over HTTP (its points close as soon as the rig says so), finished after 10 samples of P1. */
    private void finishedRun() {
        control("{\"type\":\"RunStarted\",\"messageId\":\"s\",\"runId\":\"R\",\"rigId\":\"RIG-1\",\"motorSerial\":\"SN\","
                + "\"motorDesign\":\"D\",\"ratedPowerKw\":11.0,\"poles\":4,\"frequencyHz\":50.0,\"thermalClass\":\"155(F)\","
                + "\"shaftHeightMm\":132,\"mounting\":\"RIGID\",\"vibrationGrade\":\"A\",\"installedLots\":[\"LOT-1\"],"
                + "\"startedAt\":\"2026-11-20T08:00:00Z\"}");
        control("{\"type\":\"OperatingPointChanged\",\"messageId\":\"p1\",\"runId\":\"R\",\"pointId\":\"P1\","
                + "\"kind\":\"LOAD\",\"speedPercent\":100,\"torquePercent\":100,\"at\":\"2026-11-20T08:00:00Z\"}");
        SampleParser parser = new SampleParser();
        for (int i = 0; i < 10; i++) {
            byte[] json = ("{\"messageId\":\"m" + i + "\",\"runId\":\"R\",\"pointId\":\"P1\",\"sequence\":" + i
                    + ",\"time\":\"2026-11-20T08:00:0" + i + "Z\",\"speedRpm\":1500.0,\"torqueNm\":70.0,"
                    + "\"inputPowerW\":11800.0,\"windingTemperatureC\":110.0,\"coolantTemperatureC\":40.0}")
                    .getBytes(StandardCharsets.UTF_8);
            engine.sample(parser.parse(json), Source.http("samples", i + 1, json), 0);
        }
        control("{\"type\":\"RunFinished\",\"messageId\":\"f\",\"runId\":\"R\",\"at\":\"2026-11-20T09:00:00Z\"}");
        engine.closeReady(Map.of(), 1);
    }

    private void control(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        engine.control(new RunControlParser(new org.specloop.command.kernel.PastInstants(java.time.Clock.systemUTC(), java.time.Duration.ofMinutes(5))).parse(bytes), Source.http("runs", 1, bytes), 0, letter -> {
            throw new AssertionError(letter.reason());
        });
    }

    @Test
    void aDecidedResultIsSentOnlyAfterTheDecisionAndBeforeItsCompletion() {
        finishedRun();
        assertThat(sent).containsExactly("start");

        engine.sendDecided();

        assertThat(sent).containsExactly("start", "record P1", "complete");
    }

    @Test
    void stateIsNotStoredWhileAResultFailsToSendAndIsStoredOnceItIsSent() {
        finishedRun();
        failuresLeft = 1;

        assertThatThrownBy(() -> engine.flush(Map.of())).hasMessageContaining("event store down");
        assertThat(saved).isEmpty();

        engine.flush(Map.of());
        assertThat(sent).containsExactly("start", "record P1", "complete");
        assertThat(saved).singleElement().satisfies(run -> {
            assertThat(run.completed()).isTrue();
            assertThat(run.points()).singleElement().extracting(PointState.Stored::status)
                    .isEqualTo(PointState.Status.RECORDED);
        });
    }
}
