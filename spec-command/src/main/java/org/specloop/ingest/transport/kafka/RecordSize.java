package org.specloop.ingest.transport.kafka;

import org.specloop.ingest.Refusal;

/**
 * The Kafka twin of the HTTP body limit: a record value over the limit is refused before any parser
 * sees it, so one huge record cannot cost a consumer its heap; it is dead-lettered like any refusal.
 * So is a record without a value (a tombstone), which no ingest topic has a meaning for.
 */
final class RecordSize {

    static final String NO_VALUE = "no-value: a record without a value (a tombstone) is not an ingest message";

    private RecordSize() {
    }

    static void check(byte[] value, int maxBytes) {
        if (value == null) {
            throw new Refusal(NO_VALUE);
        }
        if (value.length > maxBytes) {
            throw new Refusal("record-too-large: " + value.length + " bytes, at most " + maxBytes + " are accepted");
        }
    }
}
