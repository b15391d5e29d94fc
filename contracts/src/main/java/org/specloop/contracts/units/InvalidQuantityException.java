package org.specloop.contracts.units;

/** A value refused at the edge: unknown unit, wrong dimension, not a number, or physically absurd. */
public class InvalidQuantityException extends IllegalArgumentException {
    public InvalidQuantityException(String message) {
        super(message);
    }
}
