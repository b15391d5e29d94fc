package org.specloop.bench.notify;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.specloop.notify.WebhookSignature;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The OEM's endpoint: verifies the Standard Webhooks signature with SpecLoop's own WebhookSignature
 * (the class docs/notifications.md tells receivers to copy), records the arrival and answers 204.
 * A forged or unsigned delivery is answered 401 and counted; the benchmark fails if there is any.
 */
final class WebhookReceiver implements AutoCloseable {
    private final HttpServer server;
    private final Arrivals arrivals;
    private final List<String> secrets;
    private final AtomicInteger refused = new AtomicInteger();

    WebhookReceiver(int port, String secret, Arrivals arrivals) throws IOException {
        this.arrivals = arrivals;
        this.secrets = List.of(secret);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/specloop", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        long now = System.nanoTime();
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = exchange.getRequestHeaders();
            boolean genuine = WebhookSignature.verify(secrets, headers.getFirst("webhook-id"),
                    headers.getFirst("webhook-timestamp"), body, headers.getFirst("webhook-signature"),
                    Instant.now(), Duration.ofMinutes(5));
            if (!genuine) {
                refused.incrementAndGet();
                exchange.sendResponseHeaders(401, -1);
                return;
            }
            arrivals.arrived(body, now);
            exchange.sendResponseHeaders(204, -1);
        }
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/specloop";
    }

    int refused() {
        return refused.get();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
