package org.specloop.app.deadletter;

import org.springframework.http.HttpStatus;

/** Why a dead-letter request was refused; answered as a problem of the given status and type. */
class DeadLetterRefused extends RuntimeException {
    final HttpStatus status;
    final String type;
    final String title;

    DeadLetterRefused(HttpStatus status, String type, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    static DeadLetterRefused noGroup(String group) {
        return new DeadLetterRefused(HttpStatus.NOT_FOUND, "not-found", "No such processing group",
                "no processing group is called '" + group + "'");
    }

    static DeadLetterRefused noSequence(String group, String target) {
        return new DeadLetterRefused(HttpStatus.NOT_FOUND, "not-found", "No such dead letter",
                "'" + group + "' has no parked sequence or entry '" + target + "'");
    }

    static DeadLetterRefused invalid(String detail) {
        return new DeadLetterRefused(HttpStatus.BAD_REQUEST, "invalid-request", "The request has invalid fields", detail);
    }
}
