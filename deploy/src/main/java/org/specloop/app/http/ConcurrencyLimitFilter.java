package org.specloop.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.specloop.infrastructure.web.BufferedBodyRequest;
import org.specloop.infrastructure.web.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Lets a request of a counted kind (RequestKind) through when its kind's bulkhead has room, waiting its turn
 * otherwise; after the longest wait it is answered 503 busy with Retry-After: 1, and nothing of it has run.
 * It runs before security, so that signing in (a bcrypt check for HTTP Basic) is bounded as well, and after the
 * size limit, so an ingest body it reads before the turn is never larger than InputLimits allows.
 */
class ConcurrencyLimitFilter extends OncePerRequestFilter {
    private final Map<RequestKind, Bulkhead> bulkheads = new EnumMap<>(RequestKind.class);
    private final Duration maxWait;
    private final ObjectMapper json;

    ConcurrencyLimitFilter(ConcurrencyLimits limits, int cores, MeterRegistry meters, ObjectMapper json) {
        bulkheads.put(RequestKind.READ, new Bulkhead(RequestKind.READ, limits.reads(cores), meters));
        bulkheads.put(RequestKind.INGEST, new Bulkhead(RequestKind.INGEST, limits.ingest(cores), meters));
        this.maxWait = limits.maxWait();
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        RequestKind kind = RequestKind.of(request);
        if (kind == null) {
            chain.doFilter(request, response);
            return;
        }
        // the body is read before the turn is taken: a slow upload holds its own thread, never the ingest's turn
        HttpServletRequest toRun = kind == RequestKind.INGEST && !(request instanceof BufferedBodyRequest)
                ? new BufferedBodyRequest(request) : request;
        Bulkhead bulkhead = bulkheads.get(kind);
        boolean entered;
        try {
            entered = bulkhead.enter(maxWait);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            entered = false;
        }
        if (!entered) {
            busy(response, kind, bulkhead.limit());
            return;
        }
        try {
            chain.doFilter(toRun, response);
        } finally {
            bulkhead.leave();
        }
    }

    private void busy(HttpServletResponse response, RequestKind kind, int limit) throws IOException {
        String what = kind == RequestKind.READ ? "reads" : "ingest requests";
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.SERVICE_UNAVAILABLE, "busy", "The service is busy",
                "this node works on " + limit + " " + what + " at a time and yours waited " + maxWait.toMillis()
                        + " ms for its turn; nothing of it was done, retry after a second");
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
