package org.specloop.command.kernel;

import java.util.List;

/** A request refused before any command was sent; carries every problem found, not just the first. */
public class RequestValidationException extends RuntimeException {
    private final List<FieldError> errors;

    public RequestValidationException(List<FieldError> errors) {
        super(errors.size() + " invalid field(s): " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
