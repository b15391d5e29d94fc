package org.specloop.command.change;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.change.ApproveEngineeringChange;
import org.specloop.contracts.change.ChangeEvidenceCompleted;
import org.specloop.contracts.change.CloseEngineeringChange;
import org.specloop.contracts.change.EngineeringChangeApproved;
import org.specloop.contracts.change.EngineeringChangeClosed;
import org.specloop.contracts.change.EngineeringChangeRejected;
import org.specloop.contracts.change.RejectEngineeringChange;

import static org.specloop.command.change.ChangeHistory.*;
import static org.specloop.command.specification.Violations.violation;
import static org.specloop.contracts.common.SignatureMeaning.APPROVED;
import static org.specloop.contracts.common.SignatureMeaning.REJECTED;

class EngineeringChangeDecisionTest {
    private static final String REASON = "FAI and rig run within limits";
    private final FixtureConfiguration<EngineeringChange> fixture = fixture();

    @Test
    void aChangeWithCompleteEvidenceCanBeApproved() {
        fixture.given(evidenceComplete())
                .when(new ApproveEngineeringChange(CHANGE, "bob", REASON, APPROVED))
                .expectEvents(new EngineeringChangeApproved(CHANGE, "bob", REASON, APPROVED, NOW));
    }

    @Test
    void aChangeWithMissingEvidenceCannotBeApproved() {
        fixture.given(raised(), planned(), evidence("fai", "MEAS-1", 1, 2))
                .when(new ApproveEngineeringChange(CHANGE, "bob", REASON, APPROVED))
                .expectException(violation("evidence-incomplete"))
                .expectExceptionMessage("the change is PLANNED; all planned evidence is needed before approval");
    }

    @Test
    void whoRaisedTheChangeMayNotApproveIt() {
        fixture.given(raised("alice"), planned(), evidence("fai", "MEAS-1", 1, 2), evidence("fai", "MEAS-2", 2, 2),
                        evidence("rig", "RUN-7", 1, 1), new ChangeEvidenceCompleted(CHANGE, EARLIER))
                .when(new ApproveEngineeringChange(CHANGE, "alice", REASON, APPROVED))
                .expectException(violation("four-eyes"));
    }

    @Test
    void aRigCannotApprove() {
        fixture.given(evidenceComplete())
                .when(new ApproveEngineeringChange(CHANGE, "rig:dyno-3", REASON, APPROVED))
                .expectException(violation("human-signature-required"));
    }

    @Test
    void anApprovalNeedsAReason() {
        fixture.given(evidenceComplete())
                .when(new ApproveEngineeringChange(CHANGE, "bob", null, APPROVED))
                .expectException(violation("reason-required"));
    }

    @Test
    void anApprovalNeedsTheMeaningApproved() {
        fixture.given(evidenceComplete())
                .when(new ApproveEngineeringChange(CHANGE, "bob", REASON, REJECTED))
                .expectException(violation("signature-meaning-mismatch"));
    }

    @Test
    void anApprovalNeedsASignatureMeaning() {
        fixture.given(evidenceComplete())
                .when(new ApproveEngineeringChange(CHANGE, "bob", REASON, null))
                .expectException(violation("signature-meaning-required"));
    }

    @Test
    void aChangeWithCompleteEvidenceCanBeRejected() {
        fixture.given(evidenceComplete())
                .when(new RejectEngineeringChange(CHANGE, "bob", "demag loss 4 % on RUN-7"))
                .expectEvents(new EngineeringChangeRejected(CHANGE, "bob", "demag loss 4 % on RUN-7", NOW));
    }

    @Test
    void aDecisionCarriesThePublicReasonNextToTheInternalOne() {
        fixture.given(evidenceComplete())
                .when(new ApproveEngineeringChange(CHANGE, "bob", REASON, APPROVED, "New separator qualified"))
                .expectEvents(new EngineeringChangeApproved(CHANGE, "bob", REASON, APPROVED, NOW, "New separator qualified"));
    }

    @Test
    void aRejectionCarriesThePublicReasonNextToTheInternalOne() {
        fixture.given(evidenceComplete())
                .when(new RejectEngineeringChange(CHANGE, "bob", "demag loss 4 % on RUN-7", "Source not qualified"))
                .expectEvents(new EngineeringChangeRejected(CHANGE, "bob", "demag loss 4 % on RUN-7", NOW, "Source not qualified"));
    }

    @Test
    void aPublicReasonLongerThanAReasonIsRefused() {
        fixture.given(evidenceComplete())
                .when(new RejectEngineeringChange(CHANGE, "bob", "no", "p".repeat(4001)))
                .expectException(violation("text-too-long"));
    }

    @Test
    void anApprovedChangeCannotBeRejected() {
        fixture.given(evidenceComplete())
                .andGiven(new EngineeringChangeApproved(CHANGE, "bob", REASON, APPROVED, NOW))
                .when(new RejectEngineeringChange(CHANGE, "carol", "second thoughts"))
                .expectException(violation("change-decided"));
    }

    @Test
    void anApprovedChangeCanBeClosed() {
        fixture.given(evidenceComplete())
                .andGiven(new EngineeringChangeApproved(CHANGE, "bob", REASON, APPROVED, NOW))
                .when(new CloseEngineeringChange(CHANGE, "alice", "PPAP resubmitted"))
                .expectEvents(new EngineeringChangeClosed(CHANGE, "alice", "PPAP resubmitted", NOW));
    }

    @Test
    void aRejectedChangeCanBeClosed() {
        fixture.given(raised(), new EngineeringChangeRejected(CHANGE, "bob", "no", EARLIER))
                .when(new CloseEngineeringChange(CHANGE, "alice", null))
                .expectEvents(new EngineeringChangeClosed(CHANGE, "alice", null, NOW));
    }

    @Test
    void anUndecidedChangeCannotBeClosed() {
        fixture.given(evidenceComplete())
                .when(new CloseEngineeringChange(CHANGE, "alice", "done"))
                .expectException(violation("change-not-decided"));
    }

    @Test
    void aClosedChangeCannotBeClosedAgain() {
        fixture.given(raised(), new EngineeringChangeRejected(CHANGE, "bob", "no", EARLIER),
                        new EngineeringChangeClosed(CHANGE, "alice", null, EARLIER))
                .when(new CloseEngineeringChange(CHANGE, "alice", "again"))
                .expectException(violation("change-closed"));
    }

    @Test
    void aClosedChangeCannotBeApproved() {
        fixture.given(raised(), new EngineeringChangeRejected(CHANGE, "bob", "no", EARLIER),
                        new EngineeringChangeClosed(CHANGE, "alice", null, EARLIER))
                .when(new ApproveEngineeringChange(CHANGE, "bob", REASON, APPROVED))
                .expectException(violation("change-decided"));
    }
}
