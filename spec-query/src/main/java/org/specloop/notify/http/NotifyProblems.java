package org.specloop.notify.http;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/**
 * RFC 9457 problem+json for the notification API, with the same type URNs and "errors" list as the
 * command side's ProblemResponses (which spec-query must not depend on). Ordered first and limited
 * to this package so that it answers for these controllers only.
 */
@RestControllerAdvice(basePackageClasses = NotifyProblems.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotifyProblems {
    static final String TYPE_PREFIX = "urn:specloop:problem:";

    @ExceptionHandler(NotifyRequestException.class)
    ProblemDetail refused(NotifyRequestException e) {
        ProblemDetail problem = problem(e.status(), e.type(), e.title(), e.getMessage());
        if (!e.errors().isEmpty()) {
            problem.setProperty("errors", e.errors());
        }
        return problem;
    }

    /** Malformed JSON, a wrong type or an unknown field: name the field that could not be read. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "malformed-body", "The request body cannot be read",
                "the body is not valid JSON for this request");
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            // a field the request does not have is named as such: a typo must not read as a wrong value
            String why = mapping instanceof UnrecognizedPropertyException ? "is not a field of this request"
                    : "has the wrong type or form";
            problem.setDetail("field '" + field + "' " + why);
            problem.setProperty("errors", List.of(new FieldProblem(field, why)));
        }
        return problem;
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        return problem;
    }
}
