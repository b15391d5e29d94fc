package org.specloop.bench.plant;

import java.time.Instant;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * One magnet lot of the plant: its chain, when it was received and its process means, drawn from the chain's
 * process with a seed of its own so that every run builds the same plant. Its measurements: samples measured
 * at 20 degC (Br, HcJ, (BH)max) and again at 150 degC (HcJ), as an incoming-inspection lab measures them.
 * <p>
 * The seeds (a lot id's hash, a sample's number) follow one another, so they go through SplittableRandom, which
 * mixes its seed: java.util.Random's first value of neighbouring seeds is correlated, and the lots' means drawn
 * from it were correlated from one lot to the next (0.47): the moving ranges put the lot-to-lot sigma a third too
 * low, and the drift watch raised drift changes on every source of a plant meant to be stable.
 */
record PlantLot(String lotId, Chain chain, Instant receivedAt, double br, double hcj, double bhMax) {
    static final String LAB = "Incoming QC lab";
    /** HcJ falls about 0.55 % per kelvin: the 150 degC value of a sample from its 20 degC one. */
    private static final double HCJ_150_FACTOR = 1 - 0.0055 * 130;

    static PlantLot of(String lotId, Chain chain, Instant receivedAt, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double z = random.nextGaussian();
        return new PlantLot(lotId, chain, receivedAt, chain.br() + Chain.LOT_SIGMA_BR * z,
                chain.hcj() + 6 * random.nextGaussian(), chain.bhMax() + 2 * Chain.LOT_SIGMA_BR / chain.br() * chain.bhMax() * z);
    }

    /** A lot made exactly at the chain's process means: the drift probe's lot before its drift. */
    static PlantLot centered(String lotId, Chain chain, Instant receivedAt) {
        return new PlantLot(lotId, chain, receivedAt, chain.br(), chain.hcj(), chain.bhMax());
    }

    /** The same lot with its Br (and so its (BH)max) moved by a fraction: a drifted process. */
    PlantLot drifted(double brFraction) {
        return new PlantLot(lotId, chain, receivedAt, br * (1 + brFraction), hcj, bhMax * (1 + 2 * brFraction));
    }

    /** The lot receipt, as REST and the lot-receipts NDJSON take it. */
    String receiptJson() {
        StringBuilder links = new StringBuilder();
        for (Chain.Link link : chain.links()) {
            links.append(links.isEmpty() ? "" : ",").append("{\"tier\":\"").append(link.tier()).append("\",\"sourceId\":\"")
                    .append(link.sourceId()).append("\",\"country\":\"").append(link.country()).append("\"}");
        }
        return "{\"lotId\":\"" + lotId + "\",\"supplierId\":\"" + chain.magnetMaker() + "\",\"partNumber\":\""
                + chain.part().partNumber + "\",\"grade\":\"" + chain.part().grade + "\",\"quantity\":2400,"
                + "\"declaredChain\":{\"links\":[" + links + "],\"custodyModel\":\"SEGREGATED\"},"
                + "\"certificateReferences\":[\"CoC-" + lotId + "\"],\"receivedAt\":\"" + receivedAt + "\"}";
    }

    /** Measurement i of the lot (even: a sample at 20 degC, odd: the same sample at 150 degC). */
    String measurementJson(int i) {
        int sample = i / 2;
        SplittableRandom random = new SplittableRandom(lotId.hashCode() * 31L + sample);
        double sampleHcj = hcj + 8 * random.nextGaussian();
        boolean hot = i % 2 == 1;
        String values = hot
                ? String.format(Locale.ROOT, "[{\"characteristic\":\"HcJ\",\"value\":%.1f,\"unit\":\"kA/m\"}]", sampleHcj * HCJ_150_FACTOR)
                : String.format(Locale.ROOT, "[{\"characteristic\":\"Br\",\"value\":%.4f,\"unit\":\"T\"},"
                        + "{\"characteristic\":\"HcJ\",\"value\":%.1f,\"unit\":\"kA/m\"},"
                        + "{\"characteristic\":\"BHmax\",\"value\":%.1f,\"unit\":\"kJ/m3\"}]",
                br + Chain.SAMPLE_SIGMA_BR * random.nextGaussian(), sampleHcj, bhMax + 1.5 * random.nextGaussian());
        return "{\"measurementId\":\"" + lotId + "-M" + i + "\",\"sampleId\":\"" + lotId + "-S" + sample
                + "\",\"testTemperature\":{\"value\":" + (hot ? 150 : 20) + ",\"unit\":\"degC\"},\"lab\":\"" + LAB
                + "\",\"instrument\":\"" + (hot ? "HG-200 hot" : "HG-200") + "\",\"method\":\"CLOSED_CIRCUIT_IEC_60404_5\","
                + "\"values\":" + values + ",\"measuredAt\":\"" + receivedAt.plusSeconds(7200 + 60L * i) + "\"}";
    }

    /** The body of POST /api/lots/{id}/measurements/batch for measurements [from, to). */
    String batchJson(int from, int to) {
        StringBuilder body = new StringBuilder("[");
        for (int i = from; i < to; i++) {
            body.append(i == from ? "" : ",").append(measurementJson(i));
        }
        return body.append(']').toString();
    }

    /** One row of PostgreSQL's COPY text format for the reference table of PgCopy. */
    String copyRow(int i) {
        String json = measurementJson(i);
        return String.join("\t", lotId, lotId + "-M" + i, lotId + "-S" + i / 2, i % 2 == 1 ? "150" : "20", LAB,
                i % 2 == 1 ? "HG-200 hot" : "HG-200", "CLOSED_CIRCUIT_IEC_60404_5",
                json.substring(json.indexOf("\"values\":") + 9, json.indexOf(",\"measuredAt\"")),
                receivedAt.plusSeconds(7200 + 60L * i).toString()) + "\n";
    }
}
