package org.specloop.command.specification;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.specification.ApproveRevision;
import org.specloop.contracts.specification.ReviewRevision;
import org.specloop.contracts.specification.RevisionApproved;
import org.specloop.contracts.specification.RevisionReviewed;

import static org.specloop.command.specification.SpecificationHistory.*;
import static org.specloop.command.specification.SpecificationSamples.*;
import static org.specloop.command.specification.Violations.violation;

/** A review signature (meaning REVIEWED) is recorded without changing the revision's status. */
class SpecificationReviewTest {
    private static final String REASON = "limits checked against the 150 degC data";
    private final FixtureConfiguration<Specification> fixture = fixture();

    private static ReviewRevision review(String reviewer, SignatureMeaning meaning) {
        return new ReviewRevision(SPEC, 2, reviewer, REASON, meaning);
    }

    @Test
    void aSecondPersonSignsAReview() {
        fixture.given(revisionTwoProposed())
                .when(review("carol", SignatureMeaning.REVIEWED))
                .expectEvents(new RevisionReviewed(SPEC, 2, "carol", REASON, SignatureMeaning.REVIEWED, NOW));
    }

    @Test
    void aReviewedRevisionIsStillOpenForApproval() {
        fixture.given(revisionTwoProposed())
                .andGiven(new RevisionReviewed(SPEC, 2, "carol", REASON, SignatureMeaning.REVIEWED, NOW))
                .when(new ApproveRevision(SPEC, 2, "bob", REASON, SignatureMeaning.APPROVED, NOW.plusSeconds(3600)))
                .expectEvents(new RevisionApproved(SPEC, 2, "bob", REASON, SignatureMeaning.APPROVED, NOW, NOW.plusSeconds(3600)));
    }

    @Test
    void theProposerCannotReviewTheirOwnRevision() {
        fixture.given(revisionTwoProposed())
                .when(review("alice", SignatureMeaning.REVIEWED))
                .expectException(violation("four-eyes"));
    }

    @Test
    void aReviewMustBeSignedAsReviewed() {
        fixture.given(revisionTwoProposed())
                .when(review("carol", SignatureMeaning.APPROVED))
                .expectException(violation("signature-meaning-mismatch"))
                .expectExceptionMessage("a review must be signed with meaning REVIEWED, not APPROVED");
    }

    @Test
    void onlyAProposedRevisionCanBeReviewed() {
        fixture.given(revisionOneEffective())
                .when(new ReviewRevision(SPEC, 1, "carol", REASON, SignatureMeaning.REVIEWED))
                .expectException(violation("revision-not-proposed"));
    }
}
