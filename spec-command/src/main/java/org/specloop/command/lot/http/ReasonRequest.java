package org.specloop.command.lot.http;

/** Body of hold, release and rejection: every disposition decision says why. */
record ReasonRequest(String reason) {
}
