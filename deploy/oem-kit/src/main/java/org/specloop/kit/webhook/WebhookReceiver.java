package org.specloop.kit.webhook;

import com.sun.net.httpserver.HttpExchange;
import io.cloudevents.core.message.Encoding;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.http.HttpMessageFactory;
import io.cloudevents.rw.CloudEventRWException;
import com.sun.net.httpserver.HttpServer;
import org.specloop.kit.dedup.SeenIds;
import org.specloop.kit.event.Notification;
import org.specloop.kit.event.NotificationHandler;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An OEM's webhook endpoint for SpecLoop notifications, on the JDK's own HTTP server. For each POST it
 * <ol>
 *   <li>reads the raw body (at most {@link #MAX_BODY} bytes; more is 413),</li>
 *   <li>verifies the Standard Webhooks signature and timestamp: 401 if they do not hold, so nothing forged,
 *       altered or replayed late is acted on,</li>
 *   <li>reads the CloudEvent with the CloudEvents SDK's HTTP binding: a Content-Type other than
 *       application/cloudevents+json (structured mode) is 415; a body that is not a SpecLoop CloudEvent, or whose
 *       id is not the webhook-id, is 400,</li>
 *   <li>deduplicates on that id: a notification already processed is acknowledged (204) and not processed again;
 *       one being processed by a concurrent delivery gets 503 with Retry-After, so SpecLoop comes back,</li>
 *   <li>hands it to the handler and acknowledges with 204; a handler failure answers 500 and SpecLoop retries.</li>
 * </ol>
 * Run it: {@code java -cp oem-kit.jar org.specloop.kit.webhook.WebhookReceiver} with SPECLOOP_WEBHOOK_SECRETS
 * (docs/notifications.md); it prints each new notification as one JSON line on stdout.
 */
public final class WebhookReceiver implements AutoCloseable {
    /** SpecLoop's notifications are a few kilobytes; anything far larger is not one of them. */
    public static final int MAX_BODY = 1 << 20;

    private final StandardWebhookVerifier verifier;
    private final SeenIds seen;
    private final NotificationHandler handler;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final AtomicLong processed = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    public WebhookReceiver(InetSocketAddress address, String path, StandardWebhookVerifier verifier, SeenIds seen,
                           NotificationHandler handler) throws IOException {
        this.verifier = verifier;
        this.seen = seen;
        this.handler = handler;
        this.server = HttpServer.create(address, 0);
        server.createContext(path, this::exchange);
        server.setExecutor(threads);
    }

    public WebhookReceiver start() {
        server.start();
        return this;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Notifications handed to the handler, each id once. */
    public long processed() {
        return processed.get();
    }

    /** Deliveries of an id already processed or in progress: acknowledged or deferred, not processed. */
    public long duplicates() {
        return duplicates.get();
    }

    /** Requests refused: bad signature or timestamp, not a notification, too large, not a POST. */
    public long refused() {
        return refused.get();
    }

    private void exchange(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!"POST".equals(exchange.getRequestMethod())) {
                refuse(exchange, 405, "only POST");
                return;
            }
            byte[] body = read(exchange.getRequestBody());
            if (body == null) {
                refuse(exchange, 413, "body over " + MAX_BODY + " bytes");
                return;
            }
            var headers = exchange.getRequestHeaders();
            String id = headers.getFirst("webhook-id");
            try {
                verifier.verify(id, headers.getFirst("webhook-timestamp"), headers.getFirst("webhook-signature"), body);
            } catch (StandardWebhookVerifier.InvalidWebhook e) {
                refuse(exchange, 401, e.getMessage());
                return;
            }
            // the SDK's HTTP binding: structured mode when Content-Type names an event format it has
            MessageReader message;
            try {
                message = HttpMessageFactory.createReaderFromMultimap(headers, body);
            } catch (CloudEventRWException e) {
                message = null;
            }
            if (message == null || message.getEncoding() != Encoding.STRUCTURED) {
                refuse(exchange, 415, "Content-Type is not " + Notification.CONTENT_TYPE);
                return;
            }
            Notification notification;
            try {
                notification = Notification.read(message, body);
            } catch (Notification.NotANotification e) {
                refuse(exchange, 400, e.getMessage());
                return;
            }
            if (!notification.id().equals(id)) {
                refuse(exchange, 400, "the CloudEvent id is not the webhook-id");
                return;
            }
            switch (seen.claim(id)) {
                case DONE -> {
                    duplicates.incrementAndGet();
                    exchange.sendResponseHeaders(204, -1);
                }
                case IN_PROGRESS -> {
                    duplicates.incrementAndGet();
                    exchange.getResponseHeaders().set("Retry-After", "5");
                    exchange.sendResponseHeaders(503, -1);
                }
                case NEW -> process(exchange, notification);
            }
        }
    }

    private void process(HttpExchange exchange, Notification notification) throws IOException {
        try {
            handler.handle(notification);
        } catch (Exception e) {
            seen.release(notification.id());
            System.err.println("webhook " + notification.id() + " not processed, SpecLoop will retry: " + e);
            exchange.sendResponseHeaders(500, -1);
            return;
        }
        seen.done(notification.id());
        processed.incrementAndGet();
        exchange.sendResponseHeaders(204, -1);
    }

    private void refuse(HttpExchange exchange, int status, String why) throws IOException {
        refused.incrementAndGet();
        System.err.println("webhook refused (" + status + "): " + why);
        exchange.sendResponseHeaders(status, -1);
    }

    /** The body, or null when it is over the limit. */
    private static byte[] read(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        return body.length > MAX_BODY ? null : body;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    /**
     * SPECLOOP_WEBHOOK_SECRETS: the subscription's secrets, separated by spaces or commas (new and old while
     * rotating); KIT_PORT (8090) and KIT_PATH (/specloop): where to listen; KIT_TOLERANCE_SECONDS (300).
     */
    public static void main(String[] args) throws Exception {
        String secrets = System.getenv("SPECLOOP_WEBHOOK_SECRETS");
        if (secrets == null || secrets.isBlank()) {
            System.err.println("set SPECLOOP_WEBHOOK_SECRETS to the subscription's whsec_ secret(s)");
            System.exit(2);
        }
        int port = Integer.parseInt(System.getenv().getOrDefault("KIT_PORT", "8090"));
        String path = System.getenv().getOrDefault("KIT_PATH", "/specloop");
        Duration tolerance = Duration.ofSeconds(Long.parseLong(System.getenv().getOrDefault("KIT_TOLERANCE_SECONDS", "300")));
        List<String> keys = Arrays.stream(secrets.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        WebhookReceiver receiver = new WebhookReceiver(new InetSocketAddress(port), path,
                new StandardWebhookVerifier(keys, tolerance, Clock.systemUTC()), new SeenIds(100_000),
                notification -> System.out.println(notification.json())).start();
        System.err.println("listening on port " + receiver.port() + ", path " + path);
        new CountDownLatch(1).await(); // until the process is stopped
    }
}
