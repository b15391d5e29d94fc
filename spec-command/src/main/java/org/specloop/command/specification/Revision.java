package org.specloop.command.specification;

import org.specloop.contracts.specification.RevisionContent;

import java.time.Instant;

/** The state of one revision inside the Specification aggregate. */
record Revision(int number, RevisionContent content, RevisionStatus status, String proposer, Instant effectiveFrom) {

    static Revision drafted(int number, RevisionContent content) {
        return new Revision(number, content, RevisionStatus.DRAFT, null, null);
    }

    Revision proposedBy(String who) {
        return new Revision(number, content, RevisionStatus.PROPOSED, who, effectiveFrom);
    }

    Revision approvedFrom(Instant from) {
        return new Revision(number, content, RevisionStatus.APPROVED, proposer, from);
    }

    Revision withStatus(RevisionStatus next) {
        return new Revision(number, content, next, proposer, effectiveFrom);
    }

    /**
     * Effective at t is the approved revision with the latest effectiveFrom <= t, ties going to the
     * higher number; so this one replaces {@code current} only if it starts later (or at the same instant).
     */
    boolean startsAfter(Revision current) {
        int byInstant = effectiveFrom.compareTo(current.effectiveFrom);
        return byInstant > 0 || (byInstant == 0 && number > current.number);
    }
}
