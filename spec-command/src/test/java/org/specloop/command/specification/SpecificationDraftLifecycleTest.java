package org.specloop.command.specification;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.specification.DiscardRevision;
import org.specloop.contracts.specification.DraftRevision;
import org.specloop.contracts.specification.DraftRevisionEdited;
import org.specloop.contracts.specification.EditDraftRevision;
import org.specloop.contracts.specification.ProposeRevision;
import org.specloop.contracts.specification.RevisionDiscarded;
import org.specloop.contracts.specification.RevisionDrafted;
import org.specloop.contracts.specification.RevisionProposed;

import static org.hamcrest.Matchers.containsString;
import static org.specloop.command.specification.SpecificationHistory.*;
import static org.specloop.command.specification.SpecificationSamples.*;
import static org.specloop.command.specification.Violations.violation;

/** A draft may be edited until it is proposed, and discarded instead of proposed, which unblocks drafting. */
class SpecificationDraftLifecycleTest {
    private final FixtureConfiguration<Specification> fixture = fixture();

    @Test
    void aDraftsContentAndReasonCanBeReplaced() {
        fixture.given(revisionOneEffective())
                .andGiven(drafted(2, content()))
                .when(new EditDraftRevision(SPEC, 2, tightened(), "tighten BR after rig 3", "carol"))
                .expectEvents(new DraftRevisionEdited(SPEC, 2, tightened(), "tighten BR after rig 3", "carol"));
    }

    @Test
    void theProposalCarriesTheEditedContent() {
        fixture.given(revisionOneEffective())
                .andGiven(drafted(2, content()), new DraftRevisionEdited(SPEC, 2, tightened(), "tighten", "carol"))
                .when(new ProposeRevision(SPEC, 2, "alice"))
                .expectEvents(new RevisionProposed(SPEC, 2, "alice", NOW));
    }

    @Test
    void aProposedRevisionCannotBeEdited() {
        fixture.given(revisionTwoProposed())
                .when(new EditDraftRevision(SPEC, 2, content(), "second thoughts", "alice"))
                .expectException(violation("revision-not-draft"))
                .expectExceptionMessage(containsString("revision 2 is PROPOSED, not DRAFT"))
                .expectNoEvents();
    }

    @Test
    void anEditIsCheckedLikeADraft() {
        fixture.given(created(), drafted(1, content()))
                .when(new EditDraftRevision(SPEC, 1, content(br(1.4, 1.3)), "typo", "alice"))
                .expectException(violation("invalid-revision-content"))
                .expectExceptionMessage(containsString("characteristics[0].max must not be below min"));
        fixture.given(created(), drafted(1, content()))
                .when(new EditDraftRevision(SPEC, 1, tightened(), " ", "alice"))
                .expectException(violation("reason-required"));
    }

    @Test
    void aDiscardedDraftNoLongerBlocksTheNextOne() {
        fixture.given(revisionOneEffective())
                .andGiven(drafted(2, tightened()), new RevisionDiscarded(SPEC, 2, "alice", "wrong part", EARLIER))
                .when(new DraftRevision(SPEC, tightened(), "second try", "alice"))
                .expectResultMessagePayload(3)
                .expectEvents(new RevisionDrafted(SPEC, PART, 3, tightened(), "second try", "alice"));
    }

    @Test
    void discardingNamesWhoAndWhy() {
        fixture.given(revisionOneEffective())
                .andGiven(drafted(2, tightened()))
                .when(new DiscardRevision(SPEC, 2, "alice", "wrong part"))
                .expectEvents(new RevisionDiscarded(SPEC, 2, "alice", "wrong part", NOW));
        fixture.given(revisionOneEffective())
                .andGiven(drafted(2, tightened()))
                .when(new DiscardRevision(SPEC, 2, "alice", ""))
                .expectException(violation("reason-required"));
    }

    @Test
    void onlyADraftCanBeDiscarded() {
        fixture.given(revisionTwoProposed())
                .when(new DiscardRevision(SPEC, 2, "alice", "changed my mind"))
                .expectException(violation("revision-not-draft"))
                .expectNoEvents();
        fixture.given(revisionOneEffective())
                .when(new DiscardRevision(SPEC, 1, "alice", "changed my mind"))
                .expectException(violation("revision-not-draft"))
                .expectExceptionMessage(containsString("revision 1 is EFFECTIVE, not DRAFT"));
    }

    @Test
    void aDiscardedDraftCannotBeProposedOrEdited() {
        fixture.given(created(), drafted(1, content()), new RevisionDiscarded(SPEC, 1, "alice", "wrong part", EARLIER))
                .when(new ProposeRevision(SPEC, 1, "alice"))
                .expectException(violation("revision-not-draft"));
        fixture.given(created(), drafted(1, content()), new RevisionDiscarded(SPEC, 1, "alice", "wrong part", EARLIER))
                .when(new EditDraftRevision(SPEC, 1, tightened(), "revive", "alice"))
                .expectException(violation("revision-not-draft"));
    }
}
