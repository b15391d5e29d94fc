package org.specloop.notify;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Standard Webhooks signatures, used both by the sender and by receivers (this class has no
 * dependencies, so an OEM can copy it as is). The signed content is "{webhook-id}.{webhook-timestamp}.{body}",
 * the key the base64-decoded part of a "whsec_..." secret, and the header carries one "v1,{base64 HMAC-SHA256}"
 * per active secret, separated by spaces, so that a receiver can rotate keys without losing messages.
 *
 * <pre>{@code
 * // In the receiver, with the raw request body (do not re-serialize the JSON before checking):
 * boolean ok = WebhookSignature.verify(List.of(currentSecret, previousSecret),
 *         headers.get("webhook-id"), headers.get("webhook-timestamp"), rawBody,
 *         headers.get("webhook-signature"), Instant.now(), Duration.ofMinutes(5));
 * }</pre>
 */
public final class WebhookSignature {
    public static final String SECRET_PREFIX = "whsec_";
    private static final String VERSION = "v1";

    private WebhookSignature() {
    }

    /** The webhook-signature header value: one entry per secret, in the order given. */
    public static String header(List<String> secrets, String id, long timestampSeconds, String body) {
        return header(secrets, id, timestampSeconds, body.getBytes(StandardCharsets.UTF_8));
    }

    /** The webhook-signature header value over the body exactly as it is sent. */
    public static String header(List<String> secrets, String id, long timestampSeconds, byte[] body) {
        List<String> entries = new ArrayList<>();
        for (String secret : secrets) {
            entries.add(VERSION + "," + sign(secret, id, timestampSeconds, body));
        }
        return String.join(" ", entries);
    }

    /** Base64 HMAC-SHA256 of "{id}.{timestamp}.{body}" keyed by the decoded secret. */
    public static String sign(String secret, String id, long timestampSeconds, String body) {
        return sign(secret, id, timestampSeconds, body.getBytes(StandardCharsets.UTF_8));
    }

    /** Base64 HMAC-SHA256 of "{id}.{timestamp}." followed by the body's bytes, keyed by the decoded secret. */
    public static String sign(String secret, String id, long timestampSeconds, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            mac.update((id + "." + timestampSeconds + ".").getBytes(StandardCharsets.UTF_8));
            byte[] digest = mac.doFinal(body);
            return Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /**
     * True when any signature in the header matches any of the receiver's secrets and the
     * timestamp is within the tolerance of now; the tolerance defeats replays of old captures.
     */
    public static boolean verify(List<String> secrets, String id, String timestamp, String body, String signatureHeader,
                                 Instant now, Duration tolerance) {
        if (id == null || timestamp == null || signatureHeader == null || body == null) {
            return false;
        }
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.trim());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(now.getEpochSecond() - seconds) > tolerance.toSeconds()) {
            return false;
        }
        for (String secret : secrets) {
            byte[] expected = sign(secret, id, seconds, body).getBytes(StandardCharsets.US_ASCII);
            for (String entry : signatureHeader.trim().split(" +")) {
                int comma = entry.indexOf(',');
                if (comma > 0 && VERSION.equals(entry.substring(0, comma))
                        // constant time, so that timing does not leak how much of a guess was right
                        && MessageDigest.isEqual(expected, entry.substring(comma + 1).getBytes(StandardCharsets.US_ASCII))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The HMAC key of a secret; throws IllegalArgumentException for anything but whsec_ + base64. */
    public static byte[] key(String secret) {
        if (secret == null || !secret.startsWith(SECRET_PREFIX)) {
            throw new IllegalArgumentException("a webhook secret starts with " + SECRET_PREFIX);
        }
        return Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length()));
    }

    /** A fresh random secret, 32 bytes, in the whsec_ form. */
    public static String newSecret() {
        byte[] bytes = new byte[32];
        new java.security.SecureRandom().nextBytes(bytes);
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(bytes);
    }
}
