package org.specloop.app.replay;

import org.springframework.http.HttpStatus;

/** Why a replay was not started; answered as a problem of the given status and type. */
class ReplayRefused extends RuntimeException {
    final HttpStatus status;
    final String type;
    final String title;

    ReplayRefused(HttpStatus status, String type, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
    }
}
