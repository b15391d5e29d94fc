package org.specloop.command.registry.http;

/** POST /api/sources/{id}/relocation: the source now produces in another country. */
record RelocationRequest(String country, String reason) {
}
