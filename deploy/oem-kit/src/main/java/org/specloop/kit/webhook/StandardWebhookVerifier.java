package org.specloop.kit.webhook;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Checks a webhook as the Standard Webhooks specification says (standardwebhooks.com): the signed content is
 * {@code webhook-id + "." + webhook-timestamp + "." + raw body}, the key is the base64 part of the
 * {@code whsec_} secret, and {@code webhook-signature} holds space-separated {@code v1,<base64 HMAC-SHA256>}
 * entries, one per secret the sender signs with (two while secrets rotate). The timestamp must be within the
 * tolerance of the receiver's clock, both ways, so that a captured request cannot be replayed later.
 * Written from the specification alone, not from SpecLoop's signer: this is the receiver's side of the wire.
 */
public final class StandardWebhookVerifier {
    private static final String PREFIX = "whsec_";

    private final List<SecretKeySpec> keys;
    private final Duration tolerance;
    private final Clock clock;

    /** Thrown when a webhook must not be trusted; the message says why, for the receiver's log. */
    public static final class InvalidWebhook extends Exception {
        public InvalidWebhook(String message) {
            super(message);
        }
    }

    /**
     * @param secrets every secret currently configured for the subscription (the new and the old one during
     *                a rotation), each {@code whsec_<base64>}
     */
    public StandardWebhookVerifier(List<String> secrets, Duration tolerance, Clock clock) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("at least one webhook secret is needed");
        }
        List<SecretKeySpec> decoded = new ArrayList<>();
        for (String secret : secrets) {
            if (!secret.startsWith(PREFIX)) {
                throw new IllegalArgumentException("a webhook secret starts with " + PREFIX);
            }
            decoded.add(new SecretKeySpec(Base64.getDecoder().decode(secret.substring(PREFIX.length())), "HmacSHA256"));
        }
        this.keys = List.copyOf(decoded);
        this.tolerance = tolerance;
        this.clock = clock;
    }

    public void verify(String id, String timestamp, String signatureHeader, byte[] body) throws InvalidWebhook {
        if (id == null || id.isEmpty() || timestamp == null || signatureHeader == null) {
            throw new InvalidWebhook("webhook-id, webhook-timestamp and webhook-signature are required");
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            throw new InvalidWebhook("webhook-timestamp is not unix seconds: " + timestamp);
        }
        long skew = Math.abs(clock.instant().getEpochSecond() - seconds);
        if (skew > tolerance.toSeconds()) {
            throw new InvalidWebhook("webhook-timestamp is " + skew + " s away from now, more than " + tolerance);
        }
        for (SecretKeySpec key : keys) {
            byte[] expected = Base64.getEncoder().encode(hmac(key, id, timestamp.trim(), body));
            for (String entry : signatureHeader.trim().split(" +")) {
                if (entry.startsWith("v1,")
                        // constant time: how fast a guess is refused must not tell how much of it was right
                        && MessageDigest.isEqual(expected, entry.substring(3).getBytes(StandardCharsets.US_ASCII))) {
                    return;
                }
            }
        }
        throw new InvalidWebhook("no v1 signature matches any configured secret");
    }

    /** The v1 signature of a message: what a sender puts in webhook-signature (the tests sign with it). */
    public static String sign(String secret, String id, long timestamp, byte[] body) {
        SecretKeySpec key = new SecretKeySpec(Base64.getDecoder().decode(secret.substring(PREFIX.length())), "HmacSHA256");
        return "v1," + Base64.getEncoder().encodeToString(hmac(key, id, Long.toString(timestamp), body));
    }

    private static byte[] hmac(SecretKeySpec key, String id, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body); // the raw bytes as received: re-serialized JSON would not match
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
