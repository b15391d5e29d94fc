package org.specloop.notify;

import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WebhookSignatureTest {
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private static final long TIMESTAMP = 1614265330L;
    private static final String BODY = "{\"test\": 2432232314}";

    @Test
    void signs_id_timestamp_and_body_with_the_decoded_secret() throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"), "HmacSHA256"));
        String expected = Base64.getEncoder().encodeToString(
                mac.doFinal((ID + "." + TIMESTAMP + "." + BODY).getBytes(StandardCharsets.UTF_8)));

        assertThat(WebhookSignature.header(List.of(SECRET), ID, TIMESTAMP, BODY)).isEqualTo("v1," + expected);
    }

    @Test
    void matches_the_standard_webhooks_reference_example() {
        // the example in the Standard Webhooks specification, for this exact id, timestamp, body and secret
        assertThat(WebhookSignature.sign(SECRET, ID, TIMESTAMP, BODY)).isEqualTo("g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void verifies_with_either_secret_while_keys_are_rotated() {
        String oldSecret = WebhookSignature.newSecret();
        String newSecret = WebhookSignature.newSecret();
        String header = WebhookSignature.header(List.of(newSecret, oldSecret), ID, TIMESTAMP, BODY);
        Instant now = Instant.ofEpochSecond(TIMESTAMP + 10);

        assertThat(header.split(" ")).hasSize(2);
        assertThat(WebhookSignature.verify(List.of(oldSecret), ID, Long.toString(TIMESTAMP), BODY, header, now, Duration.ofMinutes(5))).isTrue();
        assertThat(WebhookSignature.verify(List.of(newSecret), ID, Long.toString(TIMESTAMP), BODY, header, now, Duration.ofMinutes(5))).isTrue();
        assertThat(WebhookSignature.verify(List.of(WebhookSignature.newSecret()), ID, Long.toString(TIMESTAMP), BODY, header, now,
                Duration.ofMinutes(5))).isFalse();
    }

    @Test
    void refuses_a_changed_body_and_a_stale_timestamp() {
        String header = WebhookSignature.header(List.of(SECRET), ID, TIMESTAMP, BODY);

        assertThat(WebhookSignature.verify(List.of(SECRET), ID, Long.toString(TIMESTAMP), BODY + " ", header,
                Instant.ofEpochSecond(TIMESTAMP), Duration.ofMinutes(5))).isFalse();
        assertThat(WebhookSignature.verify(List.of(SECRET), ID, Long.toString(TIMESTAMP), BODY, header,
                Instant.ofEpochSecond(TIMESTAMP + 3600), Duration.ofMinutes(5))).isFalse();
    }
}
