package org.specloop.command.change;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.change.ChangeEvidenceCompleted;
import org.specloop.contracts.change.EngineeringChangeApproved;
import org.specloop.contracts.change.RecordChangeEvidence;
import org.specloop.contracts.common.SignatureMeaning;

import static org.specloop.command.change.ChangeHistory.*;
import static org.specloop.command.specification.Violations.violation;

class EngineeringChangeEvidenceTest {
    private final FixtureConfiguration<EngineeringChange> fixture = fixture();

    @Test
    void evidenceIsCountedPerItem() {
        fixture.given(raised(), planned())
                .when(new RecordChangeEvidence(CHANGE, "fai", "MEAS-1", "lab:hh"))
                .expectEvents(evidence("fai", "MEAS-1", 1, 2));
    }

    @Test
    void theSameEvidenceTwiceCountsOnce() {
        fixture.given(raised(), planned(), evidence("fai", "MEAS-1", 1, 2))
                .when(new RecordChangeEvidence(CHANGE, "fai", "MEAS-1", "lab:hh"))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void theLastMissingPieceCompletesTheEvidence() {
        fixture.given(raised(), planned(), evidence("fai", "MEAS-1", 1, 2), evidence("rig", "RUN-7", 1, 1))
                .when(new RecordChangeEvidence(CHANGE, "fai", "MEAS-2", "lab:hh"))
                .expectEvents(evidence("fai", "MEAS-2", 2, 2), new ChangeEvidenceCompleted(CHANGE, NOW));
    }

    @Test
    void oneFullItemDoesNotCompleteThePlan() {
        fixture.given(raised(), planned(), evidence("fai", "MEAS-1", 1, 2), evidence("fai", "MEAS-2", 2, 2))
                .when(new RecordChangeEvidence(CHANGE, "fai", "MEAS-3", "lab:hh"))
                .expectEvents(evidence("fai", "MEAS-3", 3, 2));
    }

    @Test
    void furtherEvidenceAfterCompletionIsRecordedWithoutCompletingAgain() {
        fixture.given(evidenceComplete())
                .when(new RecordChangeEvidence(CHANGE, "rig", "RUN-8", "lab:hh"))
                .expectEvents(evidence("rig", "RUN-8", 2, 1));
    }

    @Test
    void evidenceForAnUnknownItemIsRefused() {
        fixture.given(raised(), planned())
                .when(new RecordChangeEvidence(CHANGE, "ppap", "PSW-1", "lab:hh"))
                .expectException(violation("unknown-plan-item"));
    }

    @Test
    void evidenceBeforeThePlanIsRefused() {
        fixture.given(raised())
                .when(new RecordChangeEvidence(CHANGE, "fai", "MEAS-1", "lab:hh"))
                .expectException(violation("change-not-planned"));
    }

    @Test
    void evidenceAfterTheDecisionIsRefused() {
        fixture.given(evidenceComplete())
                .andGiven(new EngineeringChangeApproved(CHANGE, "bob", "ok", SignatureMeaning.APPROVED, NOW))
                .when(new RecordChangeEvidence(CHANGE, "rig", "RUN-9", "lab:hh"))
                .expectException(violation("change-decided"));
    }
}
