package org.specloop.kit.webhook;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StandardWebhookVerifierTest {
    /** The example of the Standard Webhooks specification: secret, id, timestamp, body and its signature. */
    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    static final String ID = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    static final long TIMESTAMP = 1614265330;
    static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
    static final String SIGNATURE = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";
    static final String OTHER_SECRET = "whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]);

    private static StandardWebhookVerifier at(long epochSecond, String... secrets) {
        return new StandardWebhookVerifier(List.of(secrets), Duration.ofMinutes(5),
                Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    @Test
    void theSpecificationsExampleVerifiesAndSignsToItsKnownSignature() {
        assertThat(StandardWebhookVerifier.sign(SECRET, ID, TIMESTAMP, BODY)).isEqualTo(SIGNATURE);
        assertThatCode(() -> at(TIMESTAMP, SECRET).verify(ID, Long.toString(TIMESTAMP), SIGNATURE, BODY))
                .doesNotThrowAnyException();
    }

    @Test
    void duringARotationAnyConfiguredSecretMatchingAnyListedSignatureIsEnough() throws Exception {
        String both = StandardWebhookVerifier.sign(OTHER_SECRET, ID, TIMESTAMP, BODY) + " " + SIGNATURE;
        at(TIMESTAMP, SECRET).verify(ID, Long.toString(TIMESTAMP), both, BODY);
        at(TIMESTAMP, OTHER_SECRET, SECRET).verify(ID, Long.toString(TIMESTAMP), SIGNATURE, BODY);
        at(TIMESTAMP, OTHER_SECRET).verify(ID, Long.toString(TIMESTAMP), both, BODY);
    }

    @Test
    void aChangedBodyIdOrTimestampOrAnotherSecretIsRefused() {
        String ts = Long.toString(TIMESTAMP);
        byte[] tampered = "{\"test\": 2432232315}".getBytes(StandardCharsets.UTF_8);
        assertRefused(() -> at(TIMESTAMP, SECRET).verify(ID, ts, SIGNATURE, tampered), "no v1 signature");
        assertRefused(() -> at(TIMESTAMP, SECRET).verify(ID + "x", ts, SIGNATURE, BODY), "no v1 signature");
        assertRefused(() -> at(TIMESTAMP, SECRET).verify(ID, Long.toString(TIMESTAMP + 1), SIGNATURE, BODY), "no v1 signature");
        assertRefused(() -> at(TIMESTAMP, OTHER_SECRET).verify(ID, ts, SIGNATURE, BODY), "no v1 signature");
        assertRefused(() -> at(TIMESTAMP, SECRET).verify(ID, ts, "v2," + SIGNATURE.substring(3), BODY), "no v1 signature");
    }

    @Test
    void aTimestampOutsideTheToleranceEitherWayIsRefused() throws Exception {
        String ts = Long.toString(TIMESTAMP);
        at(TIMESTAMP + 300, SECRET).verify(ID, ts, SIGNATURE, BODY);
        at(TIMESTAMP - 300, SECRET).verify(ID, ts, SIGNATURE, BODY);
        assertRefused(() -> at(TIMESTAMP + 301, SECRET).verify(ID, ts, SIGNATURE, BODY), "301 s away");
        assertRefused(() -> at(TIMESTAMP - 301, SECRET).verify(ID, ts, SIGNATURE, BODY), "301 s away");
        assertRefused(() -> at(TIMESTAMP, SECRET).verify(ID, "yesterday", SIGNATURE, BODY), "not unix seconds");
    }

    @Test
    void missingHeadersAreRefusedAndSecretsMustBeWhsec() {
        assertRefused(() -> at(TIMESTAMP, SECRET).verify(null, "1", SIGNATURE, BODY), "required");
        assertRefused(() -> at(TIMESTAMP, SECRET).verify(ID, null, SIGNATURE, BODY), "required");
        assertRefused(() -> at(TIMESTAMP, SECRET).verify(ID, "1", null, BODY), "required");
        assertThatThrownBy(() -> at(TIMESTAMP, "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> at(TIMESTAMP)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String why) {
        assertThatThrownBy(call).isInstanceOf(StandardWebhookVerifier.InvalidWebhook.class).hasMessageContaining(why);
    }
}
