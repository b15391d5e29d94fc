package org.specloop.contracts.ingest;

import java.util.Map;

/**
 * HTTP twins of the ingest topics, for rigs and labs without Kafka: a POST body is NDJSON, one
 * message per line, each line exactly what the topic carries.
 */
public final class IngestEndpoints {

    public static final String NDJSON_MEDIA_TYPE = "application/x-ndjson";

    /** Every NDJSON and CSV ingest endpoint lies under it (the larger body limit, the ingest concurrency limit). */
    public static final String PREFIX = "/api/ingest/";
    public static final String RIG_RUNS = "/api/ingest/rig-runs";
    public static final String RIG_SAMPLES = "/api/ingest/rig-samples";
    public static final String LOT_RECEIPTS = "/api/ingest/lot-receipts";
    public static final String LAB_MEASUREMENTS = "/api/ingest/lab-measurements";

    /** A lab instrument's CSV export (text/csv), a row per sample, mapped to lab measurement messages. */
    public static final String LAB_MEASUREMENTS_CSV = "/api/ingest/lab-measurements/csv";
    public static final String CSV_MEDIA_TYPE = "text/csv";

    /** Path for each topic that has one; the dead-letter topic has none. */
    public static final Map<String, String> BY_TOPIC = Map.of(
            IngestTopics.RIG_RUNS, RIG_RUNS,
            IngestTopics.RIG_SAMPLES, RIG_SAMPLES,
            IngestTopics.LOT_RECEIPTS, LOT_RECEIPTS,
            IngestTopics.LAB_MEASUREMENTS, LAB_MEASUREMENTS);

    private IngestEndpoints() {
    }
}
