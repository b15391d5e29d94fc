package org.specloop.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.specloop.infrastructure.web.BufferedBodyRequest;
import org.specloop.infrastructure.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import org.specloop.contracts.ingest.IngestEndpoints;

import java.io.IOException;
import java.util.Optional;

/**
 * Refuses a body over the limit with 413 problem+json before any filter or controller buffers it. A
 * declared Content-Length is checked up front; a chunked body is read up to the limit and then refused,
 * so a client cannot get past the limit by not declaring a length.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {
    private final InputLimits limits;
    private final ObjectMapper json;

    RequestSizeLimitFilter(InputLimits limits, ObjectMapper json) {
        this.limits = limits;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request);
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(response, declared, limit);
            return;
        }
        if (declared >= 0) {
            chain.doFilter(request, response);
            return;
        }
        Optional<BufferedBodyRequest> body = BufferedBodyRequest.readAtMost(request, limit);
        if (body.isEmpty()) {
            refuse(response, -1, limit);
            return;
        }
        chain.doFilter(body.get(), response);
    }

    private long limitFor(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return (path.startsWith(IngestEndpoints.PREFIX) ? limits.maxIngestRequestSize() : limits.maxRequestSize()).toBytes();
    }

    private void refuse(HttpServletResponse response, long declared, long limit) throws IOException {
        ProblemDetail problem = ProblemResponses.problem(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
                "The request body is too large", (declared >= 0 ? "the body has " + declared + " bytes; " : "")
                        + "at most " + limit + " bytes are accepted here; split it into smaller requests");
        problem.setProperty("maxBytes", limit);
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        // the rest of the body is not read: ask the client not to send more on this connection
        response.setHeader("Connection", "close");
        json.writeValue(response.getOutputStream(), problem);
    }
}
