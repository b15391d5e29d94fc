package org.specloop.command.specification;

/** Where one revision stands; APPROVED means signed but its effective instant has not yet come. */
enum RevisionStatus {
    DRAFT,
    PROPOSED,
    REJECTED,
    APPROVED,
    EFFECTIVE,
    SUPERSEDED;

    boolean isOpen() {
        return this == DRAFT || this == PROPOSED;
    }
}
