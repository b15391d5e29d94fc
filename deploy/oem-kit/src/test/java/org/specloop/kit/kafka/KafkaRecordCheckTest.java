package org.specloop.kit.kafka;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.specloop.kit.event.Notification;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the Kafka consumer accepts as a SpecLoop notification record (structured mode, keyed by subject). */
class KafkaRecordCheckTest {
    static final byte[] EVENT = """
            {"specversion":"1.0","id":"e_s","source":"urn:specloop:lot","type":"org.specloop.lot.held.v1","subject":"LOT-1"}"""
            .getBytes(StandardCharsets.UTF_8);

    private static ConsumerRecord<String, byte[]> record(String key, byte[] value, String contentType) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("specloop.oem.oem.acme.notifications", 0, 7, key, value);
        if (contentType != null) {
            record.headers().add("content-type", contentType.getBytes(StandardCharsets.UTF_8));
        }
        return record;
    }

    @Test
    void aStructuredCloudEventKeyedByItsSubjectIsANotification() throws Exception {
        Notification n = KafkaNotificationConsumer.check(record("LOT-1", EVENT, "application/cloudevents+json; charset=UTF-8"));
        assertThat(n.id()).isEqualTo("e_s");
    }

    @Test
    void otherRecordsAreRefusedWithTheReason() {
        assertThatThrownBy(() -> KafkaNotificationConsumer.check(record("LOT-1", EVENT, null)))
                .isInstanceOf(Notification.NotANotification.class).hasMessageContaining("content-type");
        assertThatThrownBy(() -> KafkaNotificationConsumer.check(record("LOT-1", EVENT, "application/json")))
                .isInstanceOf(Notification.NotANotification.class).hasMessageContaining("content-type");
        assertThatThrownBy(() -> KafkaNotificationConsumer.check(record("LOT-2", EVENT, "application/cloudevents+json")))
                .isInstanceOf(Notification.NotANotification.class).hasMessageContaining("not the subject");
        assertThatThrownBy(() -> KafkaNotificationConsumer.check(record(null, EVENT, "application/cloudevents+json")))
                .isInstanceOf(Notification.NotANotification.class).hasMessageContaining("not the subject");
        assertThatThrownBy(() -> KafkaNotificationConsumer.check(record("LOT-1", null, "application/cloudevents+json")))
                .isInstanceOf(Notification.NotANotification.class).hasMessageContaining("no value");
        assertThatThrownBy(() -> KafkaNotificationConsumer.check(record("LOT-1", "{".getBytes(StandardCharsets.UTF_8),
                "application/cloudevents+json"))).isInstanceOf(Notification.NotANotification.class)
                .hasMessageContaining("not a CloudEvent");
    }

    @Test
    void aBinaryModeRecordIsRefused() {
        // the same event in the SDK's binary mode: attributes in ce_ headers, the data alone as the value
        ConsumerRecord<String, byte[]> binary = record("LOT-1", "{}".getBytes(StandardCharsets.UTF_8), "application/json");
        for (String[] header : new String[][] {{"ce_specversion", "1.0"}, {"ce_id", "e_s"}, {"ce_source", "urn:specloop:lot"},
                {"ce_type", "org.specloop.lot.held.v1"}, {"ce_subject", "LOT-1"}}) {
            binary.headers().add(header[0], header[1].getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> KafkaNotificationConsumer.check(binary))
                .isInstanceOf(Notification.NotANotification.class).hasMessageContaining("structured");
    }
}
