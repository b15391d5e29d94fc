package org.specloop.infrastructure.web;

import org.specloop.command.kernel.FieldError;
import org.specloop.command.kernel.RequestValidationException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.specloop.command.kernel.RuleViolation;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every refusal leaves as RFC 9457 problem+json with a stable type, so clients can tell a bad
 * field from a broken rule from a missing object without parsing prose; nothing escapes as a bare 500.
 */
@RestControllerAdvice
public class ProblemResponses extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    public static final String TYPE_PREFIX = "urn:specloop:problem:";

    public static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        return problem;
    }

    @ExceptionHandler(RequestValidationException.class)
    ProblemDetail invalidRequest(RequestValidationException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid fields",
                e.errors().stream().map(err -> err.field() + " " + err.message()).collect(Collectors.joining("; ")));
        problem.setProperty("errors", e.errors());
        return problem;
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "rule-violation", "A business rule refused the command",
                e.getMessage());
        problem.setProperty("rule", e.rule());
        return problem;
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail notFound(AggregateNotFoundException e) {
        // "no magnet lot is known under ...": the identifier names an object of another type (command.axon)
        String detail = e.getMessage() != null && e.getMessage().startsWith("no ")
                ? e.getMessage()
                : "nothing is known under the identifier '" + e.getAggregateIdentifier() + "'";
        return problem(HttpStatus.NOT_FOUND, "not-found", "No such object", detail);
    }

    @ExceptionHandler({AggregateStreamCreationException.class, ConflictingAggregateVersionException.class})
    ProblemDetail alreadyExists(RuntimeException e) {
        return problem(HttpStatus.CONFLICT, "already-exists", "The object already exists or was changed concurrently",
                e.getMessage());
    }

    @ExceptionHandler(EventStoreException.class)
    ProblemDetail storeUnavailable(EventStoreException e) {
        log.error("event store refused an append", e);
        return problem(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "The event store is unavailable",
                "the change was not stored; retry later");
    }

    /**
     * No pooled connection within the pool's timeout, or a query cancelled by its timeout: the node is
     * overloaded, nothing failed for good. 503 with Retry-After tells a client to come back, where a 500
     * would tell it the request itself is at fault.
     */
    @ExceptionHandler({CannotGetJdbcConnectionException.class, QueryTimeoutException.class})
    ResponseEntity<ProblemDetail> busy(RuntimeException e) {
        log.warn("request refused, the database is busy: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1")
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, "busy", "The service is busy",
                        "no database connection was free in time; retry after a second"));
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail illegalArgument(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-request", "The request is invalid", e.getMessage());
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Unexpected failure",
                "the request could not be completed; it has been logged");
    }

    /** Malformed JSON, wrong types and unknown fields: name the field that could not be read. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
                                                                  HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "malformed-body", "The request body cannot be read",
                unreadable(ex));
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            // a field the request does not have is named as such: a typo must not read as a wrong value
            String why = mapping instanceof UnrecognizedPropertyException ? "is not a field of this request"
                    : "has the wrong type or form";
            problem.setDetail("field '" + field + "' " + why);
            problem.setProperty("errors", List.of(new FieldError(field, why)));
        }
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }

    /**
     * Why the body could not be read, in words that help the client and reveal nothing of the server:
     * the parser's own message is not passed on, it may quote internals.
     */
    public static String unreadable(HttpMessageNotReadableException ex) {
        for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamConstraintsException) {
                return "the body exceeds the JSON limits (nesting depth, number or string length)";
            }
            String message = cause instanceof JsonProcessingException json ? json.getOriginalMessage() : null;
            if (message != null && message.startsWith("Duplicate field")) {
                return "a key appears twice in one JSON object; send each key once";
            }
            if (message != null && message.startsWith("Trailing token")) {
                return "the body holds more than one JSON value; send exactly one";
            }
            if (message != null && message.contains("Non-standard token")) {
                return "NaN and Infinity are not JSON numbers";
            }
        }
        if (ex.getMessage() != null && ex.getMessage().startsWith("Required request body is missing")) {
            return "the request has no body";
        }
        return "the body is not valid JSON for this request";
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem && problem.getType() != null
                && "about:blank".equals(problem.getType().toString())) {
            problem.setType(URI.create(TYPE_PREFIX + "http-" + status.value()));
        }
        return super.createResponseEntity(body, headers, status, request);
    }

}
