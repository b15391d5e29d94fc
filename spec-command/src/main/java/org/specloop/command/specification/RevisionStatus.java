package org.specloop.command.specification;

/** Where one revision stands; APPROVED means signed but its effective instant has not yet come. */
enum RevisionStatus {
    DRAFT,
    PROPOSED,
    REJECTED,
    /** A draft dropped before it was proposed; its number is not reused. */
    DISCARDED,
    APPROVED,
    EFFECTIVE,
    SUPERSEDED;

    boolean isOpen() {
        return this == DRAFT || this == PROPOSED;
    }
}
