package org.specloop.command.kernel;

/** One thing wrong with a request, named by its JSON path (e.g. characteristics[2].min). */
public record FieldError(String field, String message) {
}
