package org.specloop.contracts.ingest;

import java.util.List;

/**
 * Kafka topics and record headers of the ingest contract (asyncapi/specloop-ingest.yaml).
 * Keys keep each stream in order: a run's control messages and samples are keyed by runId,
 * lot receipts and lab measurements by lotId.
 */
public final class IngestTopics {

    /** RunStarted, OperatingPointChanged, RunFinished; key runId. */
    public static final String RIG_RUNS = "specloop.rig.runs";
    /** RigSample; key runId. */
    public static final String RIG_SAMPLES = "specloop.rig.samples";
    /** LotReceiptMessage; key lotId. */
    public static final String LOT_RECEIPTS = "specloop.lots.receipts";
    /** LabMeasurementMessage; key lotId. */
    public static final String LAB_MEASUREMENTS = "specloop.lab.measurements";
    /** Records SpecLoop could not accept: original key and value bytes unchanged, plus the headers below. */
    public static final String DEAD_LETTER = "specloop.dead-letter";

    /** Why the record was refused, human readable, UTF-8. */
    public static final String HEADER_DLQ_REASON = "specloop-dlq-reason";
    /** Topic the record was read from, so that a replay knows where to put it back. */
    public static final String HEADER_DLQ_SOURCE_TOPIC = "specloop-dlq-source-topic";
    /** Partition of the original record, decimal UTF-8 string. */
    public static final String HEADER_DLQ_SOURCE_PARTITION = "specloop-dlq-source-partition";
    /** Offset of the original record, decimal UTF-8 string. */
    public static final String HEADER_DLQ_SOURCE_OFFSET = "specloop-dlq-source-offset";
    /** When SpecLoop gave up on the record, ISO-8601 UTC instant. */
    public static final String HEADER_DLQ_FAILED_AT = "specloop-dlq-failed-at";

    public static final List<String> ALL = List.of(RIG_RUNS, RIG_SAMPLES, LOT_RECEIPTS, LAB_MEASUREMENTS, DEAD_LETTER);

    public static final List<String> DEAD_LETTER_HEADERS = List.of(HEADER_DLQ_REASON, HEADER_DLQ_SOURCE_TOPIC,
            HEADER_DLQ_SOURCE_PARTITION, HEADER_DLQ_SOURCE_OFFSET, HEADER_DLQ_FAILED_AT);

    private IngestTopics() {
    }
}
