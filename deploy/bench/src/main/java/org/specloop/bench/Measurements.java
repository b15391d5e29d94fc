package org.specloop.bench;

import java.time.Instant;
import java.util.Locale;

/**
 * The benchmark's data set: lots x measurements per lot, generated the same way for the raw COPY and
 * for the HTTP path so that both store the same rows. Samples alternate 20 degC (Br, HcJ, (BH)max) and
 * 150 degC (HcJ), the way an incoming-inspection lab measures a 42SH lot.
 */
final class Measurements {
    static final String PART = "PN-BENCH-42SH";
    static final String LAB = "Incoming QC lab";
    /** Far enough back that even a large set stays in the past: the server refuses a measuredAt in the future. */
    private static final Instant START = Instant.parse("2024-01-05T06:00:00Z");
    private final String name;
    private final int lots;
    private final int perLot;

    /** The measured data set, lots LOT-BENCH-0000 ... */
    Measurements(int lots, int perLot) {
        this("BENCH", lots, perLot);
    }

    /** A data set of its own lots, LOT-{name}-0000 ..., e.g. the warm-up's. */
    Measurements(String name, int lots, int perLot) {
        this.name = name;
        this.lots = lots;
        this.perLot = perLot;
    }

    /** About {@code count} measurements over at most {@code lots} lots of their own (at least one per lot). */
    static Measurements warmUp(long count, int lots) {
        int warmLots = (int) Math.max(1, Math.min(lots, count));
        return new Measurements("WARM", warmLots, (int) Math.max(1, count / warmLots));
    }

    int lots() {
        return lots;
    }

    int perLot() {
        return perLot;
    }

    long total() {
        return (long) lots * perLot;
    }

    String lotId(int lot) {
        return "LOT-%s-%04d".formatted(name, lot);
    }

    /** SQL LIKE pattern of this data set's lot ids (aggregate identifiers in the event store). */
    String lotIdPattern() {
        return "LOT-" + name + "-%";
    }

    static String measurementId(int lot, int i) {
        return "M-%04d-%05d".formatted(lot, i);
    }

    private static String sampleId(int lot, int i) {
        return "S-%04d-%05d".formatted(lot, i / 2);
    }

    private static boolean hot(int i) {
        return i % 2 == 1;
    }

    private static Instant measuredAt(int lot, int i) {
        return START.plusSeconds(lot * 3_600L + i * 30L);
    }

    /** Plausible scatter that stays above the 42SH minimums, deterministic so that reruns are comparable. */
    private static double hcj(int lot, int i) {
        return 1640.0 + ((lot * 31 + i * 17) % 60);
    }

    private static String valuesJson(int lot, int i) {
        if (hot(i)) {
            return String.format(Locale.ROOT, "[{\"characteristic\":\"HcJ\",\"value\":%.1f,\"unit\":\"kA/m\"}]",
                    hcj(lot, i) * (1 - 0.0055 * 130));
        }
        return String.format(Locale.ROOT, "[{\"characteristic\":\"Br\",\"value\":%.3f,\"unit\":\"T\"},"
                        + "{\"characteristic\":\"HcJ\",\"value\":%.1f,\"unit\":\"kA/m\"},"
                        + "{\"characteristic\":\"BHmax\",\"value\":%.1f,\"unit\":\"kJ/m3\"}]",
                1.305 + (i % 20) * 0.001, hcj(lot, i), 326.0 + (i % 10));
    }

    /** One row of the COPY text format: tab separated, nothing in it needs escaping. */
    String copyRow(int lot, int i) {
        return String.join("\t", lotId(lot), measurementId(lot, i), sampleId(lot, i), hot(i) ? "150" : "20", LAB,
                hot(i) ? "HG-200 hot" : "HG-200", "CLOSED_CIRCUIT_IEC_60404_5", valuesJson(lot, i),
                measuredAt(lot, i).toString()) + "\n";
    }

    /** Every row of the data set in COPY text format, rendered before the clock of the COPY starts. */
    CharSequence copyRows() {
        StringBuilder rows = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 8, total() * 300));
        for (int lot = 0; lot < lots; lot++) {
            for (int i = 0; i < perLot; i++) {
                rows.append(copyRow(lot, i));
            }
        }
        return rows;
    }

    /** The body the HTTP endpoint takes for the same row. */
    String json(int lot, int i) {
        return "{\"measurementId\":\"" + measurementId(lot, i) + "\",\"sampleId\":\"" + sampleId(lot, i)
                + "\",\"testTemperature\":{\"value\":" + (hot(i) ? 150 : 20) + ",\"unit\":\"degC\"},\"lab\":\"" + LAB
                + "\",\"instrument\":\"" + (hot(i) ? "HG-200 hot" : "HG-200")
                + "\",\"method\":\"CLOSED_CIRCUIT_IEC_60404_5\",\"values\":" + valuesJson(lot, i)
                + ",\"measuredAt\":\"" + measuredAt(lot, i) + "\"}";
    }
}
