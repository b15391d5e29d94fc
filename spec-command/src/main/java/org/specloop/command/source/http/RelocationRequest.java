package org.specloop.command.source.http;

/** POST /api/sources/{id}/relocation: the source now produces in another country. */
public record RelocationRequest(String country, String reason) {
}
