package org.specloop.ingest.rig;

import org.specloop.ingest.parse.ParsedSample;
import org.specloop.ingest.parse.RunControlParser;
import org.specloop.ingest.parse.SampleParser;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.specloop.ingest.Source;
import org.specloop.ingest.StoredOffset;
import org.specloop.contracts.motor.CompleteMotorTestRun;
import org.specloop.contracts.motor.RecordOperatingPointResult;
import org.specloop.contracts.motor.StartMotorTestRun;
import org.specloop.calculations.motor.ieclass.EfficiencyClasses;

/**
 * Micro harness (not a test, no JMH): CPU cost per rig sample of the Kafka consumer's hot path
 * (Source, SampleParser, RigIngestEngine.samples per poll, the per-poll closeReady and the flush of the
 * state as JSON), single thread, on the load RigLoad (deploy/bench) produces. Thread CPU time,
 * not wall time, so that other processes on the machine do not show up in the figure.
 *
 * <p>Run: {@code ./mvnw -q -B -pl spec-command -am test-compile} and then
 * {@code java -cp spec-command/target/test-classes:spec-command/target/classes:$(cat cp.txt)
 * org.specloop.ingest.rig.IngestHotPathBench [samples] [passes]} (see docs/benchmarks.md).
 */
public final class IngestHotPathBench {

    private static final int RUNS = 20;
    private static final int POLL = 5000;
    private static final int FLUSH_RECORDS = 200_000;
    private static final String[][] POINTS = {
            {"LOAD", "100", "100"}, {"LOAD", "90", "100"}, {"LOAD", "50", "100"}, {"LOAD", "25", "25"},
            {"NO_LOAD", "100", "0"}};

    /** One record as the consumer sees it: which topic, partition and offset, and its bytes. */
    private record Message(boolean control, int partition, long offset, byte[] key, byte[] value) {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<Message> load = load(n);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        for (int pass = 1; pass <= passes; pass++) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long alloc0 = threads.getThreadAllocatedBytes(tid);
            long wall0 = System.nanoTime();
            int recorded = ingest(load);
            long cpu = threads.getCurrentThreadCpuTime() - cpu0;
            long alloc = threads.getThreadAllocatedBytes(tid) - alloc0;
            long wall = System.nanoTime() - wall0;
            System.out.printf("pass %d: %d samples, %d results, cpu %.0f ns/sample, wall %.0f ns/sample, "
                            + "allocated %.0f B/sample%n", pass, n, recorded, (double) cpu / n, (double) wall / n,
                    (double) alloc / n);
        }
    }

    /** Feeds the load in polls of POLL records, as RigTopicConsumer does; returns the results recorded. */
    private static int ingest(List<Message> load) {
        AtomicInteger recorded = new AtomicInteger(); // results are sent from several threads (ResultOutbox)
        RigIngestEngine engine = new RigIngestEngine(new SerializingStore(), new CountingCommands(recorded),
                RigIngestSettings.defaults(), EfficiencyClasses.withBundledTable());
        SampleParser samples = new SampleParser();
        RunControlParser control = new RunControlParser(new org.specloop.command.kernel.PastInstants(java.time.Clock.systemUTC(), java.time.Duration.ofMinutes(5)));
        Map<Integer, Long> caughtUp = new HashMap<>();
        int sinceFlush = 0;
        long now = 1_000;
        for (int from = 0; from < load.size(); from += POLL) {
            List<Message> poll = load.subList(from, Math.min(from + POLL, load.size()));
            for (Message m : poll) {
                if (m.control()) {
                    engine.control(control.parse(m.value()), source(m), now, letter -> {
                        throw new IllegalStateException(letter.reason());
                    });
                }
            }
            List<ParsedSample> parsed = new ArrayList<>(poll.size());
            List<Source> sources = new ArrayList<>(poll.size());
            for (Message m : poll) {
                if (!m.control()) {
                    parsed.add(samples.parse(m.value()));
                    sources.add(source(m));
                }
            }
            if (!engine.samples(parsed, sources, now, new long[4], new HashMap<>()).isEmpty()) {
                throw new IllegalStateException("a sample of the load was refused");
            }
            now += 10;
            for (int p = 0; p < 6; p++) {
                caughtUp.put(p, now);
            }
            engine.closeReady(caughtUp, now);
            engine.sendDecided();
            sinceFlush += poll.size();
            if (sinceFlush >= FLUSH_RECORDS) {
                engine.flush(Map.of(new StoredOffset("g", "samples", 0), (long) from));
                sinceFlush = 0;
            }
        }
        now += 10;
        engine.closeReady(caughtUp, now);
        engine.flush(Map.of());
        return recorded.get();
    }

    private static Source source(Message m) {
        return new Source(m.control() ? "runs" : "samples", m.partition(), m.offset(), m.key(), m.value());
    }

    private static List<Message> load(int n) {
        List<Message> out = new ArrayList<>(n + RUNS * 7);
        long[] offsets = new long[6];
        long perRun = n / RUNS;
        long perPoint = perRun / POINTS.length;
        for (int r = 0; r < RUNS; r++) {
            String run = String.format("BENCH-RUN-%03d", r);
            out.add(message(true, run, offsets, String.format(
                    "{\"type\":\"RunStarted\",\"messageId\":\"%s-start\",\"runId\":\"%s\",\"rigId\":\"RIG-%d\","
                            + "\"motorSerial\":\"SN-%s\",\"motorDesign\":\"PMSM-11K-4P\",\"ratedPowerKw\":11.0,"
                            + "\"poles\":4,\"frequencyHz\":50.0,\"thermalClass\":\"155(F)\",\"shaftHeightMm\":132,"
                            + "\"mounting\":\"RIGID\",\"vibrationGrade\":\"A\",\"installedLots\":[\"LOT-%d\"],"
                            + "\"startedAt\":\"2026-11-20T08:00:00Z\"}", run, run, r % 4, run, r)));
        }
        long base = 1_795_161_600_000L;
        for (long i = 0; i < perRun; i++) {
            int point = (int) Math.min(i / perPoint, POINTS.length - 1);
            for (int r = 0; r < RUNS; r++) {
                String run = String.format("BENCH-RUN-%03d", r);
                if (i == (long) point * perPoint) {
                    String[] pt = POINTS[point];
                    out.add(message(true, run, offsets, String.format(java.util.Locale.ROOT,
                            "{\"type\":\"OperatingPointChanged\",\"messageId\":\"%s-P%d\",\"runId\":\"%s\","
                                    + "\"pointId\":\"P%d\",\"kind\":\"%s\",\"speedPercent\":%s,\"torquePercent\":%s,"
                                    + "\"at\":\"2026-11-20T08:00:00Z\"}", run, point, run, point, pt[0], pt[1], pt[2])));
                }
                out.add(message(false, run, offsets, sample(run, point, i, base)));
            }
        }
        for (int r = 0; r < RUNS; r++) {
            String run = String.format("BENCH-RUN-%03d", r);
            out.add(message(true, run, offsets, String.format("{\"type\":\"RunFinished\",\"messageId\":\"%s-finish\","
                    + "\"runId\":\"%s\",\"at\":\"2026-11-20T09:00:00Z\"}", run, run)));
        }
        return out;
    }

    private static Message message(boolean control, String run, long[] offsets, String json) {
        int partition = Math.floorMod(run.hashCode(), offsets.length);
        return new Message(control, partition, offsets[partition]++, run.getBytes(StandardCharsets.UTF_8),
                json.getBytes(StandardCharsets.UTF_8));
    }

    /** The sample RigLoad sends, byte for byte. */
    private static String sample(String run, int point, long seq, long baseMillis) {
        String time = java.time.Instant.ofEpochMilli(baseMillis + seq * 10).toString();
        double speed = 1500.0 * Double.parseDouble(POINTS[point][1]) / 100.0 + (seq % 7) * 0.1;
        double torque = 70.0 * Double.parseDouble(POINTS[point][2]) / 100.0 + (seq % 5) * 0.01;
        if (POINTS[point][0].equals("NO_LOAD")) {
            return String.format(java.util.Locale.ROOT, "{\"messageId\":\"%s/%d\",\"runId\":\"%s\",\"pointId\":\"P%d\","
                            + "\"sequence\":%d,\"time\":\"%s\",\"speedRpm\":%.1f,\"torqueNm\":0.0,"
                            + "\"backEmfLineVoltageRmsV\":%.1f,\"windingTemperatureC\":60.0,\"coolantTemperatureC\":40.0,"
                            + "\"vibrationVelocityMmS\":0.5}",
                    run, seq, run, point, seq, time, speed, 400.0 + (seq % 3) * 0.1);
        }
        double pIn = torque * 2 * Math.PI * speed / 60.0 / 0.93;
        return String.format(java.util.Locale.ROOT, "{\"messageId\":\"%s/%d\",\"runId\":\"%s\",\"pointId\":\"P%d\","
                        + "\"sequence\":%d,\"time\":\"%s\",\"speedRpm\":%.1f,\"torqueNm\":%.2f,\"inputPowerW\":%.1f,"
                        + "\"windingTemperatureC\":%.1f,\"coolantTemperatureC\":40.0,\"vibrationVelocityMmS\":%.2f}",
                run, seq, run, point, seq, time, speed, torque, pIn, 90.0 + (seq % 100) * 0.1, 0.8 + (seq % 4) * 0.05);
    }

    /** Writes every flushed run as the JDBC store would, to count the JSON cost; keeps nothing. */
    private static final class SerializingStore implements RigStateStore {
        @Override
        public Optional<RunState.Stored> load(String runId) {
            return Optional.empty();
        }

        @Override
        public void save(Collection<RunState.Stored> runs, Map<StoredOffset, Long> nextOffsets) {
            runs.forEach(JdbcRigStateStore::write);
        }
    }

    private record CountingCommands(AtomicInteger recorded) implements RunCommands {
        @Override
        public void start(StartMotorTestRun command) {
        }

        @Override
        public void record(RecordOperatingPointResult command, String rigId) {
            recorded.incrementAndGet();
        }

        @Override
        public void complete(CompleteMotorTestRun command, String rigId) {
        }
    }
}
