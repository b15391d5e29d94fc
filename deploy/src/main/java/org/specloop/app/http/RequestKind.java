package org.specloop.app.http;

import jakarta.servlet.http.HttpServletRequest;

import org.specloop.contracts.ingest.IngestEndpoints;

import java.util.regex.Pattern;

/** The requests a concurrency limit counts (ConcurrencyLimits); any other request is not counted. */
public enum RequestKind {
    READ, INGEST;

    // a lot's receipt and its measurements, one or a batch, as the lab and goods receiving post them
    private static final Pattern LOT_INGEST = Pattern.compile("/api/lots(/[^/]+/measurements(/batch)?)?");

    /** null when the request is not counted. */
    static RequestKind of(HttpServletRequest request) {
        return of(request.getMethod(), request.getRequestURI().substring(request.getContextPath().length()));
    }

    /** null when a request of the method to the path (a template such as /api/lots/{id} will do) is not counted. */
    public static RequestKind of(String method, String path) {
        if ("POST".equals(method)) {
            return path.startsWith(IngestEndpoints.PREFIX) || LOT_INGEST.matcher(path).matches() ? INGEST : null;
        }
        if ("GET".equals(method) || "HEAD".equals(method)) {
            // probes and scrapes answer however many readers wait; the assets are files and the stream is long-lived
            boolean uncounted = path.startsWith("/actuator/") || path.startsWith("/ui/assets/") || path.equals("/ui/events");
            return uncounted ? null : READ;
        }
        return null;
    }
}
