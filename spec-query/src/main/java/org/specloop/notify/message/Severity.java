package org.specloop.notify.message;

/** How much a notification matters to an OEM, least first, so that ordinal order is urgency. */
public enum Severity {
    INFO,
    WARNING,
    CRITICAL;

    public boolean atLeast(Severity minimum) {
        return minimum == null || ordinal() >= minimum.ordinal();
    }
}
