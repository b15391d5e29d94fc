package org.specloop.command.specification.http;

/** POST /api/specifications/{id}/revisions/{revision}/discard: why the draft is dropped. No signature: nothing is decided. */
record DiscardRequest(String reason) {
}
