package org.specloop.command.ingest.kafka;

import org.specloop.command.ingest.Refusal;
import org.specloop.command.ingest.rig.ParsedSample;

/**
 * A record of the rig topics as {@link RigRecordDeserializer} hands it over: the value's bytes (kept
 * for a dead letter), and for a sample either what it says or why it was refused. Run control is
 * parsed later, by the consumer (a handful per run).
 */
record RigRecord(byte[] value, ParsedSample sample, Refusal refusal) {
}
