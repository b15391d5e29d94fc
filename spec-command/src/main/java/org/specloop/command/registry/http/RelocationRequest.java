package org.specloop.command.registry.http;

/** POST /api/sources/{id}/relocation: the source now produces in another country. */
public record RelocationRequest(String country, String reason) {
}
