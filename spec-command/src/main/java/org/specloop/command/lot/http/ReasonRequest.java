package org.specloop.command.lot.http;

/**
 * Body of hold, release and rejection: every disposition decision says why. reason is internal;
 * publicReason (optional) is what subscribed OEMs are told instead (docs/notifications.md).
 */
record ReasonRequest(String reason, String publicReason) {
}
