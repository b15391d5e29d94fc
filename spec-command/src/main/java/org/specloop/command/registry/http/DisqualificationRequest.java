package org.specloop.command.registry.http;

/** POST /api/sources/{id}/disqualification: the source qualifies no lot from now on, for the reason given. */
record DisqualificationRequest(String reason) {
}
