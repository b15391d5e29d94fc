package org.specloop.bench.rig;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Load for the ingest benchmark and the fault tests (deploy/bench/target/bench.jar): RUNS rig runs
 * with POINTS operating points each and N samples in all, keyed by run id as a rig would send
 * them. Run control first, samples round-robin over the runs with each run's point changes between
 * its samples, and RunFinished only after every sample is acknowledged.
 * Args: bootstrap runsTopic samplesTopic samples runs [runIdPrefix, default BENCH-RUN]
 */
public class RigLoad {
    static final String[][] POINTS = {
            {"LOAD", "100", "100"}, {"LOAD", "90", "100"}, {"LOAD", "50", "100"}, {"LOAD", "25", "25"}, {"NO_LOAD", "100", "0"}};

    public static void main(String[] args) throws Exception {
        String bootstrap = args[0], runsTopic = args[1], samplesTopic = args[2];
        long n = Long.parseLong(args[3]);
        int runs = Integer.parseInt(args[4]);
        prefix = args.length > 5 ? args[5] : "BENCH-RUN";
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrap);
        p.put("acks", "all");
        p.put("enable.idempotence", "true");
        p.put("linger.ms", "20");
        p.put("batch.size", "262144");
        p.put("compression.type", "none");
        p.put("key.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        p.put("value.serializer", "org.apache.kafka.common.serialization.StringSerializer");
        long perRun = n / runs;
        long perPoint = perRun / POINTS.length;
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
            for (int r = 0; r < runs; r++) {
                String run = run(r);
                producer.send(new ProducerRecord<>(runsTopic, run, String.format(Locale.ROOT,
                        "{\"type\":\"RunStarted\",\"messageId\":\"%s-start\",\"runId\":\"%s\",\"rigId\":\"RIG-%d\","
                                + "\"motorSerial\":\"SN-%s\",\"motorDesign\":\"PMSM-11K-4P\",\"ratedPowerKw\":11.0,"
                                + "\"poles\":4,\"frequencyHz\":50.0,\"thermalClass\":\"155(F)\",\"shaftHeightMm\":132,"
                                + "\"mounting\":\"RIGID\",\"vibrationGrade\":\"A\",\"installedLots\":[\"LOT-%d\"],"
                                + "\"startedAt\":\"2026-11-20T08:00:00Z\"}", run, run, r % 4, run, r)));
            }
            long base = 1_795_161_600_000L; // 2026-11-20T08:00:00Z
            for (long i = 0; i < perRun; i++) {
                int point = (int) Math.min(i / perPoint, POINTS.length - 1);
                if (i > 0 && i == (long) point * perPoint) {
                    // as docs/ingest.md asks of a rig: a point change only once the samples before it are
                    // acknowledged. Control and samples are two topics; after a broker outage the producer's
                    // retries could otherwise deliver the change first, and the point would close without them.
                    producer.flush();
                }
                for (int r = 0; r < runs; r++) {
                    String run = run(r);
                    if (i == (long) point * perPoint) {
                        String[] pt = POINTS[point];
                        producer.send(new ProducerRecord<>(runsTopic, run, String.format(Locale.ROOT,
                                "{\"type\":\"OperatingPointChanged\",\"messageId\":\"%s-P%d\",\"runId\":\"%s\","
                                        + "\"pointId\":\"P%d\",\"kind\":\"%s\",\"speedPercent\":%s,\"torquePercent\":%s,"
                                        + "\"at\":\"2026-11-20T08:00:00Z\"}", run, point, run, point, pt[0], pt[1], pt[2])));
                    }
                    producer.send(new ProducerRecord<>(samplesTopic, run, sample(run, point, i, base)));
                }
            }
            producer.flush();
            for (int r = 0; r < runs; r++) {
                String run = run(r);
                producer.send(new ProducerRecord<>(runsTopic, run, String.format(Locale.ROOT,
                        "{\"type\":\"RunFinished\",\"messageId\":\"%s-finish\",\"runId\":\"%s\","
                                + "\"at\":\"2026-11-20T09:00:00Z\"}", run, run)));
            }
            producer.flush();
        }
        System.out.println("produced " + perRun * runs + " samples in " + runs + " runs x " + POINTS.length + " points");
    }

    static String prefix = "BENCH-RUN";

    static String run(int r) {
        return String.format("%s-%03d", prefix, r);
    }

    static String sample(String run, int point, long seq, long baseMillis) {
        long t = baseMillis + seq * 10;
        String time = java.time.Instant.ofEpochMilli(t).toString();
        double speed = 1500.0 * Double.parseDouble(POINTS[point][1]) / 100.0 + (seq % 7) * 0.1;
        double torque = 70.0 * Double.parseDouble(POINTS[point][2]) / 100.0 + (seq % 5) * 0.01;
        if (POINTS[point][0].equals("NO_LOAD")) {
            return String.format(Locale.ROOT, "{\"messageId\":\"%s/%d\",\"runId\":\"%s\",\"pointId\":\"P%d\","
                    + "\"sequence\":%d,\"time\":\"%s\",\"speedRpm\":%.1f,\"torqueNm\":0.0,\"backEmfLineVoltageRmsV\":%.1f,"
                    + "\"windingTemperatureC\":60.0,\"coolantTemperatureC\":40.0,\"vibrationVelocityMmS\":0.5}",
                    run, seq, run, point, seq, time, speed, 400.0 + (seq % 3) * 0.1);
        }
        double pIn = torque * 2 * Math.PI * speed / 60.0 / 0.93;
        return String.format(Locale.ROOT, "{\"messageId\":\"%s/%d\",\"runId\":\"%s\",\"pointId\":\"P%d\",\"sequence\":%d,"
                        + "\"time\":\"%s\",\"speedRpm\":%.1f,\"torqueNm\":%.2f,\"inputPowerW\":%.1f,"
                        + "\"windingTemperatureC\":%.1f,\"coolantTemperatureC\":40.0,\"vibrationVelocityMmS\":%.2f}",
                run, seq, run, point, seq, time, speed, torque, pIn, 90.0 + (seq % 100) * 0.1, 0.8 + (seq % 4) * 0.05);
    }
}
