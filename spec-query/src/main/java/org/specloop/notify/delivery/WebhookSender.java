package org.specloop.notify.delivery;

import io.cloudevents.http.HttpMessageFactory;
import org.specloop.notify.WebhookSignature;
import org.specloop.notify.outbox.StructuredJsonFormat;
import org.specloop.notify.outbox.OutboxRow;
import org.specloop.notify.subscription.ChannelKind;
import org.specloop.notify.subscription.Subscription;
import org.specloop.notify.subscription.WebhookUrlPolicy;

import javax.net.ssl.SSLSocketFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * CloudEvents over HTTP in structured mode (the SDK's HTTP binding, cloudevents-http-basic, writes the
 * Content-Type and the body), signed per Standard Webhooks over exactly the bytes sent. The SDK only writes the
 * message; the POST is our own, because it must be pinned and bounded: the URL is checked (WebhookUrlPolicy)
 * and the connection goes to the very addresses that were checked; the answer is read within the request
 * timeout and up to a few KiB ({@link BoundedHttpPost}). Redirects are not followed, since a redirect could
 * lead past the SSRF check to an internal host.
 */
public class WebhookSender implements ChannelSender {
    private final BoundedHttpPost http;
    private final WebhookUrlPolicy urlPolicy;
    private final Clock clock;

    public WebhookSender(Duration connectTimeout, Duration requestTimeout, WebhookUrlPolicy urlPolicy, Clock clock) {
        this(connectTimeout, requestTimeout, urlPolicy, clock, (SSLSocketFactory) SSLSocketFactory.getDefault());
    }

    /** @param tlsSockets TLS sockets that trust the receivers' certificate authorities (tests bring their own) */
    public WebhookSender(Duration connectTimeout, Duration requestTimeout, WebhookUrlPolicy urlPolicy, Clock clock,
                         SSLSocketFactory tlsSockets) {
        this.http = new BoundedHttpPost(connectTimeout, requestTimeout, tlsSockets);
        this.urlPolicy = urlPolicy;
        this.clock = clock;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.WEBHOOK;
    }

    @Override
    public DeliveryOutcome send(OutboxRow row, Subscription subscription) {
        WebhookUrlPolicy.Decision decision = urlPolicy.check(subscription.channel().url());
        if (decision.refusal() != null) {
            return DeliveryOutcome.retry(null, "webhook URL " + decision.refusal(), null);
        }
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        if (row.traceparent() != null) {
            headers.put("traceparent", row.traceparent());
        }
        // the SDK's HTTP binding, structured mode, writes Content-Type and the body: the stored event as it is
        AtomicReference<byte[]> body = new AtomicReference<>();
        HttpMessageFactory.createWriter(headers::put, body::set)
                .setEvent(StructuredJsonFormat.HTTP, row.body().getBytes(StandardCharsets.UTF_8));
        headers.put("webhook-id", row.id());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        // signed over exactly the bytes that go out
        headers.put("webhook-signature", WebhookSignature.header(subscription.channel().secrets(), row.id(), timestamp, body.get()));
        headers.put("User-Agent", "SpecLoop-Notify/1");
        BoundedHttpPost.Response response;
        try {
            response = http.post(decision.target(), headers, body.get());
        } catch (BoundedHttpPost.DeadlineExceeded e) {
            return DeliveryOutcome.retry(null, "timed out: " + e.getMessage(), null);
        } catch (IOException | IllegalArgumentException e) {
            return DeliveryOutcome.retry(null, "connection failed: " + e, null);
        }
        int status = response.status();
        if (status >= 200 && status < 300) {
            return DeliveryOutcome.delivered(status);
        }
        String error = "HTTP " + status + redirectTarget(status, response) + excerpt(response.bodyStart());
        if (status == 410) {
            return DeliveryOutcome.gone(status, error);
        }
        Duration retryAfter = status == 429 || status == 503
                ? RetryPolicy.parseRetryAfter(response.header("Retry-After"), clock.instant()).orElse(null)
                : null;
        return DeliveryOutcome.retry(status, error, retryAfter);
    }

    private static String redirectTarget(int status, BoundedHttpPost.Response response) {
        String location = response.header("Location");
        if (status < 300 || status >= 400 || location == null) {
            return "";
        }
        return " (redirect to " + shorten(location, 200) + " not followed)";
    }

    private static String excerpt(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return "";
        }
        return ": " + shorten(text.replaceAll("[\\s\\p{Cntrl}]+", " ").trim(), 200);
    }

    private static String shorten(String text, int max) {
        return text.length() > max ? text.substring(0, max) + "..." : text;
    }
}
