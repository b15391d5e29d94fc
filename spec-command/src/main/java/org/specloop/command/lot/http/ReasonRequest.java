package org.specloop.command.lot.http;

/** Body of hold, release and rejection: every disposition decision says why. */
public record ReasonRequest(String reason) {
}
