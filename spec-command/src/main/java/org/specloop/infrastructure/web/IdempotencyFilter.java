package org.specloop.infrastructure.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Makes POSTs carrying an Idempotency-Key safe to retry: the first response is stored and
 * replayed for the same key and body; the same key with another body is refused, because the
 * client has a bug that would otherwise silently drop its second request. Registered by
 * IdempotencyConfiguration, not scanned, so that MVC slice tests run without a database.
 */
class IdempotencyFilter extends OncePerRequestFilter {
    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final int MAX_KEY_LENGTH = 255;
    private final IdempotencyStore store;
    private final ObjectMapper objectMapper;

    IdempotencyFilter(IdempotencyStore store, ObjectMapper objectMapper) {
        this.store = store;
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).trim();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            refuse(response, HttpStatus.BAD_REQUEST, "invalid-idempotency-key",
                    "Idempotency-Key must be 1.." + MAX_KEY_LENGTH + " characters");
            return;
        }
        BufferedBodyRequest buffered = new BufferedBodyRequest(request);
        String scopedKey = scope(request) + "|" + key;
        Optional<IdempotencyStore.Entry> earlier = store.claim(scopedKey, fingerprint(request, buffered.body()));
        if (earlier.isPresent()) {
            answerFromEarlier(earlier.get(), fingerprint(request, buffered.body()), response);
            return;
        }
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(buffered, recorded);
        } catch (IOException | ServletException | RuntimeException e) {
            store.release(scopedKey);
            throw e;
        }
        if (recorded.getStatus() >= 500) {
            store.release(scopedKey);
        } else {
            store.complete(scopedKey, recorded.getStatus(), recorded.getContentType(),
                    recorded.getHeader(HttpHeaders.LOCATION),
                    new String(recorded.getContentAsByteArray(), StandardCharsets.UTF_8));
        }
        recorded.copyBodyToResponse();
    }

    private void answerFromEarlier(IdempotencyStore.Entry entry, String fingerprint, HttpServletResponse response)
            throws IOException {
        if (!entry.fingerprint().equals(fingerprint)) {
            refuse(response, HttpStatus.UNPROCESSABLE_ENTITY, "idempotency-key-reused",
                    "this Idempotency-Key was already used for a different request");
        } else if (!entry.completed()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, "1");
            refuse(response, HttpStatus.CONFLICT, "request-in-progress",
                    "a request with this Idempotency-Key is still being processed");
        } else {
            response.setStatus(entry.status());
            response.setHeader(REPLAYED, "true");
            if (entry.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, entry.location());
            }
            if (entry.contentType() != null) {
                response.setContentType(entry.contentType());
            }
            if (entry.body() != null) {
                response.getOutputStream().write(entry.body().getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private void refuse(HttpServletResponse response, HttpStatus status, String type, String detail) throws IOException {
        ProblemDetail problem = ProblemResponses.problem(status, type, status.getReasonPhrase(), detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }

    /** Keys are the client's own namespace: two clients may pick the same key without colliding. */
    private static String scope(HttpServletRequest request) {
        if (request.getUserPrincipal() != null) {
            return request.getUserPrincipal().getName();
        }
        String actor = request.getHeader(CurrentActor.HEADER);
        return actor == null ? "" : actor.trim();
    }

    private static String fingerprint(HttpServletRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethod() + " " + request.getRequestURI() + "\n").getBytes(StandardCharsets.UTF_8));
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
