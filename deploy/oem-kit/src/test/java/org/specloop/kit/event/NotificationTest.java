package org.specloop.kit.event;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotificationTest {
    static final String EVENT = """
            {"specversion": "1.0", "id": "e1_s1", "source": "urn:specloop:lot", "type": "org.specloop.lot.held.v1",
             "subject": "LOT-1", "time": "2026-03-01T07:00:00.12Z", "datacontenttype": "application/json",
             "dataschema": "http://localhost:8080/api/schemas/notifications/org.specloop.lot.held.v1.json",
             "partitionkey": "LOT-1", "severity": "CRITICAL",
             "traceparent": "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
             "data": {"lotId": "LOT-1", "state": "HELD"}}""";

    @Test
    void aSpecLoopCloudEventIsRead() throws Exception {
        Notification n = Notification.parse(EVENT.getBytes(StandardCharsets.UTF_8));
        assertThat(n.id()).isEqualTo("e1_s1");
        assertThat(n.type()).isEqualTo("org.specloop.lot.held.v1");
        assertThat(n.subject()).isEqualTo("LOT-1");
        assertThat(n.time()).isEqualTo(OffsetDateTime.parse("2026-03-01T07:00:00.120Z"));
        assertThat(n.severity()).isEqualTo("CRITICAL");
        assertThat(n.data().path("state").asText()).isEqualTo("HELD");
        assertThat(n.json()).isEqualTo(EVENT);
        // the rest of the event, as the CloudEvents SDK read it
        assertThat(n.event().getDataSchema())
                .isEqualTo(URI.create("http://localhost:8080/api/schemas/notifications/org.specloop.lot.held.v1.json"));
        assertThat(n.event().getExtension("partitionkey")).isEqualTo("LOT-1");
        assertThat(n.event().getExtension("traceparent")).isEqualTo("00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
    }

    @Test
    void anythingElseIsRefusedWithTheReason() {
        refused("not json", "not a CloudEvent");
        refused("[1]", "not a CloudEvent");
        refused(EVENT.replace("\"1.0\"", "\"0.3\""), "specversion");
        refused(EVENT.replace("\"1.0\"", "\"9.9\""), "not a CloudEvent");
        refused(EVENT.replace("\"id\": \"e1_s1\",", ""), "not a CloudEvent");
        refused(EVENT.replace("\"id\": \"e1_s1\"", "\"id\": \"\""), "id is missing");
        refused(EVENT.replace("\"id\": \"e1_s1\"", "\"id\": 7"), "not a CloudEvent");
        refused(EVENT.replace("2026-03-01T07:00:00.12Z", "yesterday"), "not a CloudEvent");
        refused(EVENT.replace("urn:specloop:lot", "urn:other:lot"), "not a SpecLoop event");
        refused(EVENT.replace("org.specloop.lot.held.v1", "com.other.x"), "not a SpecLoop event");
    }

    private static void refused(String body, String why) {
        assertThatThrownBy(() -> Notification.parse(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Notification.NotANotification.class).hasMessageContaining(why);
    }
}
