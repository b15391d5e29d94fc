package org.specloop.contracts.change;

/** The engineering change flow: raised, planned, evidence complete, approved or rejected, closed. */
public enum ChangeStatus {
    RAISED,
    PLANNED,
    EVIDENCE_COMPLETE,
    APPROVED,
    REJECTED,
    CLOSED
}
