package org.specloop.notify.http;

/** One wrong field of a request, named by its JSON path (e.g. "channel.secrets[1]"). */
record FieldProblem(String field, String message) {
}
