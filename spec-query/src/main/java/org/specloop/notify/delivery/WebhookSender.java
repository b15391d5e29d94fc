package org.specloop.notify.delivery;

import org.specloop.notify.WebhookSignature;
import org.specloop.notify.outbox.CloudEvents;
import org.specloop.notify.outbox.OutboxRow;
import org.specloop.notify.subscription.ChannelKind;
import org.specloop.notify.subscription.Subscription;
import org.specloop.notify.subscription.WebhookUrlPolicy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * CloudEvents over HTTP in structured mode, signed per Standard Webhooks. Redirects are not
 * followed (the client's default), since a redirect could lead past the SSRF check to an internal host.
 */
public class WebhookSender implements ChannelSender {
    private final HttpClient client;
    private final Duration requestTimeout;
    private final WebhookUrlPolicy urlPolicy;
    private final Clock clock;

    public WebhookSender(HttpClient client, Duration requestTimeout, WebhookUrlPolicy urlPolicy, Clock clock) {
        this.client = client;
        this.requestTimeout = requestTimeout;
        this.urlPolicy = urlPolicy;
        this.clock = clock;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.WEBHOOK;
    }

    @Override
    public DeliveryOutcome send(OutboxRow row, Subscription subscription) {
        String url = subscription.channel().url();
        Optional<String> refusal = urlPolicy.refusal(url);
        if (refusal.isPresent()) {
            return DeliveryOutcome.retry(null, "webhook URL " + refusal.get(), null);
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url));
        if (row.traceparent() != null) {
            builder.header("traceparent", row.traceparent());
        }
        HttpRequest request = builder
                .timeout(requestTimeout)
                .header("Content-Type", CloudEvents.CONTENT_TYPE + "; charset=utf-8")
                .header("webhook-id", row.id())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.header(subscription.channel().secrets(), row.id(), timestamp, row.body()))
                .header("User-Agent", "SpecLoop-Notify/1")
                .POST(HttpRequest.BodyPublishers.ofString(row.body()))
                .build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            return DeliveryOutcome.retry(null, "timed out: " + e.getMessage(), null);
        } catch (IOException e) {
            return DeliveryOutcome.retry(null, "connection failed: " + e, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return DeliveryOutcome.outage("interrupted while sending");
        }
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return DeliveryOutcome.delivered(status);
        }
        String error = "HTTP " + status + excerpt(response.body());
        if (status == 410) {
            return DeliveryOutcome.gone(status, error);
        }
        Duration retryAfter = status == 429 || status == 503
                ? RetryPolicy.parseRetryAfter(response.headers().firstValue("Retry-After").orElse(null), clock.instant()).orElse(null)
                : null;
        return DeliveryOutcome.retry(status, error, retryAfter);
    }

    private static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String flat = body.replaceAll("\\s+", " ").trim();
        return ": " + (flat.length() > 200 ? flat.substring(0, 200) + "..." : flat);
    }
}
