package org.specloop.ingest.transport.kafka;

import org.specloop.ingest.IngestMetrics;

/**
 * What every ingest consumer of a node shares: where refused records go, the counters, the operator's
 * pause switch and the size above which a record is refused unread.
 */
record ConsumerCommons(DeadLetterPublisher deadLetters, IngestMetrics metrics, IngestPause pause, int maxRecordBytes) {
}
