package org.specloop.ingest;

/**
 * A message that no retry can make acceptable (not JSON, a field out of range, an unknown run ...).
 * The reason goes into the dead-letter header or the HTTP answer word for word, so it names the
 * field and the value. No stack trace: refusals are expected input, and filling one per bad record
 * would make a flood of bad records expensive.
 */
public class Refusal extends RuntimeException {

    public Refusal(String reason) {
        super(reason, null, false, false);
    }

    public String reason() {
        return getMessage();
    }
}
