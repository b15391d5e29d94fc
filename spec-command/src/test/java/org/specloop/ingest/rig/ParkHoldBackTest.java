package org.specloop.ingest.rig;

import org.specloop.ingest.parse.ParsedSample;
import org.specloop.ingest.parse.RunControlParser;
import org.specloop.ingest.parse.SampleParser;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.specloop.ingest.DeadLetter;
import org.specloop.ingest.Source;
import org.specloop.ingest.StoredOffset;
import org.specloop.contracts.motor.CompleteMotorTestRun;
import org.specloop.contracts.motor.RecordOperatingPointResult;
import org.specloop.contracts.motor.StartMotorTestRun;
import org.specloop.calculations.motor.ieclass.EfficiencyClasses;

/**
 * Samples read from Kafka ahead of their run's control wait in the park; when it is full, the rest is
 * not refused but held back in its partition, to be read again once the parked samples found their runs.
 */
class ParkHoldBackTest {
    private static final String SAMPLES = "specloop.rig.samples";
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
        }

        @Override
        public void record(RecordOperatingPointResult command, String rigId) {
        }

        @Override
        public void complete(CompleteMotorTestRun command, String rigId) {
        }
    }, new RigIngestSettings(65_536, Duration.ofSeconds(30), 4, "IE3", 1.0, 1.0), EfficiencyClasses.withBundledTable());
    private final SampleParser parser = new SampleParser();
    private final List<ParsedSample> samples = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();

    private void sample(String run, int partition, long offset) {
        byte[] json = ("{\"messageId\":\"" + run + "-" + offset + "\",\"runId\":\"" + run + "\",\"pointId\":\"P1\",\"sequence\":"
                + offset + ",\"time\":\"2026-11-20T08:00:00Z\",\"speedRpm\":1500.0,\"torqueNm\":70.0,"
                + "\"inputPowerW\":11800.0,\"windingTemperatureC\":110.0,\"coolantTemperatureC\":40.0}")
                .getBytes(StandardCharsets.UTF_8);
        samples.add(parser.parse(json));
        sources.add(new Source(SAMPLES, partition, offset, run.getBytes(StandardCharsets.UTF_8), json));
    }

    private List<DeadLetter> poll(long[] counts, Map<Integer, Long> heldBack) {
        List<DeadLetter> refused = engine.samples(samples, sources, 0, counts, heldBack);
        samples.clear();
        sources.clear();
        return refused;
    }

    @Test
    void samplesBeyondTheParkLimitAreHeldBackFromTheFirstOfThemInTheirPartitionNotDeadLettered() {
        for (long offset = 10; offset < 16; offset++) {
            sample("R-2", 2, offset);
        }
        sample("R-3", 3, 40);
        long[] counts = new long[4];
        Map<Integer, Long> heldBack = new HashMap<>();

        List<DeadLetter> refused = poll(counts, heldBack);

        assertThat(refused).isEmpty();
        assertThat(counts[RigIngestEngine.Outcome.PARKED.ordinal()]).isEqualTo(4);
        assertThat(heldBack).containsExactlyInAnyOrderEntriesOf(Map.of(2, 14L, 3, 40L));
        assertThat(engine.parkHasRoom()).isFalse();
        assertThat(engine.lowestParkedOffset(SAMPLES, 2)).isEqualTo(10);
    }

    @Test
    void theParkHasRoomAgainOnceParkedSamplesFoundTheirRun() {
        for (long offset = 10; offset < 14; offset++) {
            sample("R-2", 2, offset);
        }
        poll(new long[4], new HashMap<>());
        assertThat(engine.parkHasRoom()).isFalse();

        engine.control(new RunControlParser(new org.specloop.command.kernel.PastInstants(java.time.Clock.systemUTC(), java.time.Duration.ofMinutes(5))).parse(("{\"type\":\"RunStarted\",\"messageId\":\"s\",\"runId\":\"R-2\","
                + "\"rigId\":\"RIG-1\",\"motorSerial\":\"SN\",\"motorDesign\":\"D\",\"ratedPowerKw\":11.0,\"poles\":4,"
                + "\"frequencyHz\":50.0,\"thermalClass\":\"155(F)\",\"shaftHeightMm\":132,\"mounting\":\"RIGID\","
                + "\"vibrationGrade\":\"A\",\"installedLots\":[\"LOT-1\"],\"startedAt\":\"2026-11-20T08:00:00Z\"}")
                .getBytes(StandardCharsets.UTF_8)), new Source("specloop.rig.runs", 2, 0, null, new byte[0]), 0, d -> { });

        assertThat(engine.parkHasRoom()).isTrue();
        sample("R-2", 2, 14);
        long[] counts = new long[4];
        Map<Integer, Long> heldBack = new HashMap<>();
        assertThat(poll(counts, heldBack)).isEmpty();
        assertThat(heldBack).isEmpty();
        assertThat(counts[RigIngestEngine.Outcome.ACCEPTED.ordinal()]).isEqualTo(1);
    }
}
