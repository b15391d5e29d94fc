package org.specloop.ingest;

/** A record given up on, with the reason that goes into its dead-letter header. */
public record DeadLetter(Source source, String reason) {
}
