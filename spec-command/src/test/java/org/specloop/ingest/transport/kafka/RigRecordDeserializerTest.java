package org.specloop.ingest.transport.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/** Samples are read within the poll; nothing a record holds makes the deserializer throw and stop the partition. */
class RigRecordDeserializerTest {

    private static final String SAMPLE = "{\"messageId\":\"RUN-1/7\",\"runId\":\"RUN-1\",\"pointId\":\"P1\",\"sequence\":7,"
            + "\"time\":\"2026-11-20T08:00:01.250Z\",\"speedRpm\":1500.5,\"torqueNm\":70.25,\"inputPowerW\":11800.0}";

    private final RigRecordDeserializer deserializer = new RigRecordDeserializer("samples", 1024);

    @Test
    void aSampleIsReadWhereKafkaHoldsItAndKeepsItsBytes() {
        byte[] framed = ("xx" + SAMPLE + "yy").getBytes(StandardCharsets.UTF_8);
        ByteBuffer value = ByteBuffer.wrap(framed, 2, SAMPLE.length()).slice();

        RigRecord record = deserializer.deserialize("samples", new RecordHeaders(), value);

        assertNull(record.refusal());
        assertEquals("RUN-1", record.sample().runId());
        assertEquals(7, record.sample().sequence());
        assertEquals(1500.5, record.sample().values().speedRpm());
        assertEquals(SAMPLE, new String(record.value(), StandardCharsets.UTF_8));
    }

    @Test
    void runControlIsLeftForTheConsumer() {
        byte[] value = "{\"type\":\"RunStarted\"}".getBytes(StandardCharsets.UTF_8);

        RigRecord record = deserializer.deserialize("runs", value);

        assertSame(value, record.value());
        assertNull(record.sample());
        assertNull(record.refusal());
    }

    @Test
    void aBadSampleCarriesItsReason() {
        RigRecord outOfRange = deserializer.deserialize("samples", SAMPLE.replace("1500.5", "-3").getBytes(StandardCharsets.UTF_8));
        RigRecord notJson = deserializer.deserialize("samples", "hello".getBytes(StandardCharsets.UTF_8));

        assertNull(outOfRange.sample());
        assertTrue(outOfRange.refusal().reason().contains("speedRpm"), outOfRange.refusal().reason());
        assertNotNull(notJson.refusal());
    }

    @Test
    void anOversizedOrMissingValueIsRefusedUnread() {
        RigRecord big = deserializer.deserialize("samples", new byte[2048]);
        RigRecord tombstone = deserializer.deserialize("samples", (byte[]) null);

        assertTrue(big.refusal().reason().startsWith("record-too-large"), big.refusal().reason());
        assertTrue(tombstone.refusal().reason().startsWith("no-value"), tombstone.refusal().reason());
        assertNull(tombstone.value());
    }
}
