package org.specloop.notify.http;

import org.springframework.http.HttpStatus;

import java.util.List;

/** A refusal of a notification-API request, rendered as problem+json by {@link NotifyProblems}. */
class NotifyRequestException extends RuntimeException {
    private final HttpStatus status;
    private final String type;
    private final String title;
    private final List<FieldProblem> errors;

    public NotifyRequestException(HttpStatus status, String type, String title, String detail, List<FieldProblem> errors) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static NotifyRequestException invalid(List<FieldProblem> errors) {
        return new NotifyRequestException(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid fields",
                String.join("; ", errors.stream().map(e -> e.field() + " " + e.message()).toList()), errors);
    }

    /** Also used for other OEMs' subscriptions, so that their existence is not revealed. */
    public static NotifyRequestException notFound(String what) {
        return new NotifyRequestException(HttpStatus.NOT_FOUND, "not-found", "No such object", "no " + what, List.of());
    }

    public static NotifyRequestException conflict(String rule, String detail) {
        return new NotifyRequestException(HttpStatus.CONFLICT, rule, "The request conflicts with the current state", detail,
                List.of());
    }

    /** A rule of tenancy stops the request: the caller may not do this, whatever the state. */
    public static NotifyRequestException forbidden(String rule, String detail, List<FieldProblem> errors) {
        return new NotifyRequestException(HttpStatus.FORBIDDEN, rule, "The request is not allowed for this account", detail,
                errors);
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
