package org.specloop.ingest.rig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.specloop.calculations.motor.ieclass.EfficiencyClasses;
import org.specloop.contracts.motor.CompleteMotorTestRun;
import org.specloop.contracts.motor.RecordOperatingPointResult;
import org.specloop.contracts.motor.StartMotorTestRun;
import org.specloop.ingest.DeadLetter;
import org.specloop.ingest.Refusal;
import org.specloop.ingest.Source;
import org.specloop.ingest.StoredOffset;
import org.specloop.ingest.parse.ParsedSample;
import org.specloop.ingest.parse.RunControlParser;
import org.specloop.ingest.parse.SampleParser;

/**
 * A run the command side refuses at its start (its lots are of another part, say) takes the samples that
 * waited for it to the dead letters with the reason, instead of leaving them to expire as "no RunStarted".
 */
class RefusedRunStartTest {
    private static final String REASON = "rule lot-of-another-part: installed lot 'LOT-42' is part P-42SH";
    private final RigIngestEngine engine = new RigIngestEngine(new RigStateStore() {
        @Override
        public Optional<RunState.Stored> load(String runId) {
            return Optional.empty();
        }

        @Override
        public void save(Collection<RunState.Stored> runs, Map<StoredOffset, Long> nextOffsets) {
        }
    }, new RunCommands() {
        @Override
        public void start(StartMotorTestRun command) {
            throw new Refusal(REASON);
        }

        @Override
        public void record(RecordOperatingPointResult command, String rigId) {
            throw new AssertionError("a refused run records nothing");
        }

        @Override
        public void complete(CompleteMotorTestRun command, String rigId) {
            throw new AssertionError("a refused run completes nothing");
        }
    }, new RigIngestSettings(65_536, Duration.ofSeconds(30), 4, "IE3", 1.0, 1.0), EfficiencyClasses.withBundledTable());

    @Test
    void theSamplesThatWaitedForARefusedRunAreDeadLetteredWithItsReason() {
        SampleParser parser = new SampleParser();
        List<ParsedSample> samples = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        for (long offset = 0; offset < 3; offset++) {
            byte[] json = ("{\"messageId\":\"R-9-" + offset + "\",\"runId\":\"R-9\",\"pointId\":\"P1\",\"sequence\":" + offset
                    + ",\"time\":\"2026-11-20T08:00:00Z\",\"speedRpm\":1500.0,\"torqueNm\":70.0,\"inputPowerW\":11800.0,"
                    + "\"windingTemperatureC\":110.0,\"coolantTemperatureC\":40.0}").getBytes(StandardCharsets.UTF_8);
            samples.add(parser.parse(json));
            sources.add(new Source("specloop.rig.samples", 0, offset, null, json));
        }
        assertThat(engine.samples(samples, sources, 0, new long[4], new HashMap<>())).isEmpty(); // parked

        List<DeadLetter> deadLetters = new ArrayList<>();
        byte[] started = ("{\"type\":\"RunStarted\",\"messageId\":\"s\",\"runId\":\"R-9\",\"rigId\":\"RIG-1\","
                + "\"motorSerial\":\"SN\",\"motorDesign\":\"D\",\"ratedPowerKw\":11.0,\"poles\":4,\"frequencyHz\":50.0,"
                + "\"thermalClass\":\"155(F)\",\"shaftHeightMm\":132,\"mounting\":\"RIGID\",\"vibrationGrade\":\"A\","
                + "\"installedLots\":[\"LOT-42\"],\"startedAt\":\"2026-11-20T08:00:00Z\"}").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> engine.control(new RunControlParser(new org.specloop.command.kernel.PastInstants(java.time.Clock.systemUTC(), java.time.Duration.ofMinutes(5))).parse(started),
                new Source("specloop.rig.runs", 0, 0, null, started), 0, deadLetters::add))
                .isInstanceOf(Refusal.class).hasMessage(REASON);

        assertThat(deadLetters).hasSize(3).allSatisfy(d -> assertThat(d.reason())
                .isEqualTo("run R-9 was refused: " + REASON));
        assertThat(engine.parkHasRoom()).isTrue();
        assertThat(engine.expireParked(Long.MAX_VALUE)).isEmpty();
    }
}
