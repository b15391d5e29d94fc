package org.specloop.command.specification;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.specification.DraftRevision;
import org.specloop.contracts.specification.ProposeRevision;
import org.specloop.contracts.specification.RejectRevision;
import org.specloop.contracts.specification.RevisionDrafted;
import org.specloop.contracts.specification.RevisionProposed;
import org.specloop.contracts.specification.RevisionRejected;

import static org.hamcrest.Matchers.containsString;
import static org.specloop.command.specification.Violations.violation;
import static org.specloop.command.specification.SpecificationHistory.*;
import static org.specloop.command.specification.SpecificationSamples.*;

class SpecificationDraftingTest {
    private final FixtureConfiguration<Specification> fixture = fixture();

    @Test
    void aNewDraftGetsTheNextNumber() {
        fixture.given(revisionOneEffective())
                .when(new DraftRevision(SPEC, tightened(), "Ke drift on rig 3", "loop:feedback"))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(2)
                .expectEvents(new RevisionDrafted(SPEC, PART, 2, tightened(), "Ke drift on rig 3", "loop:feedback"));
    }

    @Test
    void aDraftAfterARejectionCountsOnFromTheHighestNumber() {
        fixture.given(revisionTwoProposed())
                .andGiven(new RevisionRejected(SPEC, 2, "bob", "not enough evidence", NOW))
                .when(new DraftRevision(SPEC, content(), "back to revision 1 content", "alice"))
                .expectResultMessagePayload(3)
                .expectEvents(new RevisionDrafted(SPEC, PART, 3, content(), "back to revision 1 content", "alice"));
    }

    @Test
    void noSecondDraftWhileOneIsOpen() {
        fixture.given(created(), drafted(1, content()))
                .when(new DraftRevision(SPEC, tightened(), "another idea", "carol"))
                .expectException(violation("open-revision-exists"))
                .expectExceptionMessage(containsString("revision 1 is still DRAFT"))
                .expectNoEvents();
    }

    @Test
    void noDraftWhileAProposalIsOpen() {
        fixture.given(revisionTwoProposed())
                .when(new DraftRevision(SPEC, content(), "another idea", "carol"))
                .expectException(violation("open-revision-exists"))
                .expectExceptionMessage(containsString("revision 2 is still PROPOSED"));
    }

    @Test
    void aDraftNeedsAReason() {
        fixture.given(revisionOneEffective())
                .when(new DraftRevision(SPEC, tightened(), "", "alice"))
                .expectException(violation("reason-required"))
                .expectExceptionMessage("a reason is required");
    }

    @Test
    void aDraftWithInconsistentContentIsRefused() {
        fixture.given(revisionOneEffective())
                .when(new DraftRevision(SPEC, content(br(1.4, 1.3)), "typo", "alice"))
                .expectException(violation("invalid-revision-content"))
                .expectExceptionMessage(containsString("characteristics[0].max must not be below min"));
    }

    @Test
    void aDraftCanBeProposed() {
        fixture.given(created(), drafted(1, content()))
                .when(new ProposeRevision(SPEC, 1, "alice"))
                .expectEvents(new RevisionProposed(SPEC, 1, "alice", NOW));
    }

    @Test
    void onlyADraftCanBeProposed() {
        fixture.given(revisionTwoProposed())
                .when(new ProposeRevision(SPEC, 2, "alice"))
                .expectException(violation("revision-not-draft"))
                .expectExceptionMessage("revision 2 is PROPOSED, not DRAFT");
    }

    @Test
    void anUnknownRevisionCannotBeProposed() {
        fixture.given(created(), drafted(1, content()))
                .when(new ProposeRevision(SPEC, 7, "alice"))
                .expectException(violation("unknown-revision"))
                .expectExceptionMessage("there is no revision 7");
    }

    @Test
    void aProposalCanBeRejectedWithAReason() {
        fixture.given(revisionTwoProposed())
                .when(new RejectRevision(SPEC, 2, "bob", "Ke evidence from one rig only"))
                .expectEvents(new RevisionRejected(SPEC, 2, "bob", "Ke evidence from one rig only", NOW));
    }

    @Test
    void theProposerMayWithdrawTheirProposal() {
        fixture.given(revisionTwoProposed())
                .when(new RejectRevision(SPEC, 2, "alice", "withdrawn: wrong temperature"))
                .expectEvents(new RevisionRejected(SPEC, 2, "alice", "withdrawn: wrong temperature", NOW));
    }

    @Test
    void aRejectionNeedsAReason() {
        fixture.given(revisionTwoProposed())
                .when(new RejectRevision(SPEC, 2, "bob", null))
                .expectException(violation("reason-required"))
                .expectExceptionMessage("a reason is required");
    }

    @Test
    void onlyAProposalCanBeRejected() {
        fixture.given(created(), drafted(1, content()))
                .when(new RejectRevision(SPEC, 1, "bob", "no"))
                .expectException(violation("revision-not-proposed"))
                .expectExceptionMessage("revision 1 is DRAFT, not PROPOSED");
    }
}
