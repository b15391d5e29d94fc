package org.specloop.app.http;

import org.specloop.infrastructure.web.ProblemResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The problem for an error that no controller answered: the server refused the request before the
 * application (Tomcat's parser, Spring Security's firewall) or nothing handled it. The detail says what a
 * client can do; it never carries the container's message, which may quote internals.
 */
final class ErrorProblems {
    private ErrorProblems() {
    }

    /** The problem as a JSON object's members, for writers without Spring's ProblemDetail support. */
    static Map<String, Object> members(ProblemDetail problem) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("type", String.valueOf(problem.getType()));
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        members.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            members.put("instance", problem.getInstance().toString());
        }
        return members;
    }

    static ProblemDetail forStatus(int statusCode) {
        HttpStatus status = HttpStatus.resolve(statusCode);
        if (status == null || statusCode < 400) {
            status = HttpStatus.INTERNAL_SERVER_ERROR;
        }
        return switch (status) {
            case BAD_REQUEST -> ProblemResponses.problem(status, "bad-request", "The request cannot be read",
                    "the request line, a header or the path is malformed or too large (headers are limited to "
                            + "8 KiB in all); nothing was done");
            case NOT_FOUND -> ProblemResponses.problem(status, "not-found", "No such resource",
                    "nothing is served under this path");
            case METHOD_NOT_ALLOWED -> ProblemResponses.problem(status, "http-405", "Method not allowed",
                    "this path does not take this method");
            case REQUEST_HEADER_FIELDS_TOO_LARGE -> ProblemResponses.problem(status, "bad-request", "Headers too large",
                    "the request's headers are too large; nothing was done");
            case INTERNAL_SERVER_ERROR -> ProblemResponses.problem(status, "internal-error", "Unexpected failure",
                    "the request could not be completed; it has been logged");
            default -> ProblemResponses.problem(status, "http-" + status.value(), status.getReasonPhrase(),
                    "the request was refused with HTTP " + status.value());
        };
    }
}
