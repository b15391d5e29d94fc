package org.specloop.ingest.transport.kafka;

import org.specloop.ingest.Refusal;
import org.specloop.ingest.parse.ParsedSample;

/**
 * A record of the rig topics as {@link RigRecordDeserializer} hands it over: the value's bytes (kept
 * for a dead letter), and for a sample either what it says or why it was refused. Run control is
 * parsed later, by the consumer (a handful per run).
 */
record RigRecord(byte[] value, ParsedSample sample, Refusal refusal) {
}
