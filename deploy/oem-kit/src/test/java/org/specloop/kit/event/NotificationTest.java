package org.specloop.kit.event;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NotificationTest {
    static final String EVENT = """
            {"specversion": "1.0", "id": "e1_s1", "source": "urn:specloop:lot", "type": "org.specloop.lot.held.v1",
             "subject": "LOT-1", "time": "2026-03-01T07:00:00Z", "datacontenttype": "application/json",
             "severity": "CRITICAL", "data": {"lotId": "LOT-1", "state": "HELD"}}""";

    @Test
    void aSpecLoopCloudEventIsRead() throws Exception {
        Notification n = Notification.parse(EVENT.getBytes(StandardCharsets.UTF_8));
        assertThat(n.id()).isEqualTo("e1_s1");
        assertThat(n.type()).isEqualTo("org.specloop.lot.held.v1");
        assertThat(n.subject()).isEqualTo("LOT-1");
        assertThat(n.severity()).isEqualTo("CRITICAL");
        assertThat(n.data().path("state").asText()).isEqualTo("HELD");
        assertThat(n.json()).isEqualTo(EVENT);
    }

    @Test
    void anythingElseIsRefusedWithTheReason() {
        refused("not json", "not JSON");
        refused("[1]", "not a JSON object");
        refused(EVENT.replace("\"1.0\"", "\"0.3\""), "specversion");
        refused(EVENT.replace("\"id\": \"e1_s1\",", ""), "id is missing");
        refused(EVENT.replace("\"id\": \"e1_s1\"", "\"id\": 7"), "id is missing");
        refused(EVENT.replace("urn:specloop:lot", "urn:other:lot"), "not a SpecLoop event");
        refused(EVENT.replace("org.specloop.lot.held.v1", "com.other.x"), "not a SpecLoop event");
    }

    private static void refused(String body, String why) {
        assertThatThrownBy(() -> Notification.parse(body.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Notification.NotANotification.class).hasMessageContaining(why);
    }
}
