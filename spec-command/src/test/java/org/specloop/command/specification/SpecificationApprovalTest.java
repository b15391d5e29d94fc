package org.specloop.command.specification;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.specification.ApproveRevision;
import org.specloop.contracts.specification.RevisionApproved;

import java.time.Instant;

import static org.specloop.command.specification.SpecificationHistory.*;
import static org.specloop.command.specification.SpecificationSamples.*;
import static org.specloop.command.specification.Violations.violation;

class SpecificationApprovalTest {
    private static final String REASON = "rig evidence RUN-88 shows Ke within 1 %";
    private final FixtureConfiguration<Specification> fixture = fixture();

    private static ApproveRevision approve(int revision, String approver, Instant effectiveFrom) {
        return new ApproveRevision(SPEC, revision, approver, REASON, SignatureMeaning.APPROVED, effectiveFrom);
    }

    private static RevisionApproved approvedByBob(int revision, Instant effectiveFrom) {
        return new RevisionApproved(SPEC, revision, "bob", REASON, SignatureMeaning.APPROVED, NOW, effectiveFrom);
    }

    @Test
    void theFirstApprovalWithoutDateIsEffectiveNow() {
        fixture.given(created(), drafted(1, content()), proposed(1))
                .when(approve(1, "bob", null))
                .expectEvents(approvedByBob(1, NOW), effective(1, NOW, null, content()));
    }

    @Test
    void anApprovalEffectiveNowSupersedesTheEffectiveRevision() {
        fixture.given(revisionTwoProposed())
                .when(approve(2, "bob", null))
                .expectEvents(approvedByBob(2, NOW), effective(2, NOW, 1, tightened()));
    }

    @Test
    void anApprovalWithAPastDateIsEffectiveFromThatDate() {
        Instant lastWeek = Instant.parse("2026-02-22T00:00:00Z");
        fixture.given(revisionTwoProposed())
                .when(approve(2, "bob", lastWeek))
                .expectEvents(approvedByBob(2, lastWeek), effective(2, lastWeek, 1, tightened()));
    }

    @Test
    void anApprovalWithAFutureDateOnlyApproves() {
        Instant nextMonth = Instant.parse("2026-04-01T00:00:00Z");
        fixture.given(revisionTwoProposed())
                .when(approve(2, "bob", nextMonth))
                .expectEvents(approvedByBob(2, nextMonth));
    }

    @Test
    void anApprovalDatedBeforeTheEffectiveRevisionNeverTakesEffect() {
        Instant beforeRevisionOne = Instant.parse("2025-12-01T00:00:00Z");
        fixture.given(revisionTwoProposed())
                .when(approve(2, "bob", beforeRevisionOne))
                .expectEvents(approvedByBob(2, beforeRevisionOne));
    }

    @Test
    void theProposerMayNotApprove() {
        fixture.given(revisionTwoProposed())
                .when(approve(2, "alice", null))
                .expectException(violation("four-eyes"))
                .expectNoEvents();
    }

    @Test
    void fourEyesIgnoresCaseAndSpaces() {
        fixture.given(revisionTwoProposed())
                .when(approve(2, " Alice ", null))
                .expectException(violation("four-eyes"));
    }

    @Test
    void theLoopCannotSign() {
        fixture.given(revisionTwoProposed())
                .when(approve(2, "loop:feedback", null))
                .expectException(violation("human-signature-required"));
    }

    @Test
    void anApprovalNeedsAReason() {
        fixture.given(revisionTwoProposed())
                .when(new ApproveRevision(SPEC, 2, "bob", " ", SignatureMeaning.APPROVED, null))
                .expectException(violation("reason-required"));
    }

    @Test
    void anApprovalNeedsASignatureMeaning() {
        fixture.given(revisionTwoProposed())
                .when(new ApproveRevision(SPEC, 2, "bob", REASON, null, null))
                .expectException(violation("signature-meaning-required"));
    }

    @Test
    void anApprovalMustBeSignedAsApproved() {
        fixture.given(revisionTwoProposed())
                .when(new ApproveRevision(SPEC, 2, "bob", REASON, SignatureMeaning.REVIEWED, null))
                .expectException(violation("signature-meaning-mismatch"))
                .expectExceptionMessage("an approval must be signed with meaning APPROVED, not REVIEWED");
    }

    @Test
    void aDraftCannotBeApproved() {
        fixture.given(created(), drafted(1, content()))
                .when(approve(1, "bob", null))
                .expectException(violation("revision-not-proposed"));
    }

    @Test
    void anEffectiveRevisionCannotBeApprovedAgain() {
        fixture.given(revisionOneEffective())
                .when(approve(1, "carol", null))
                .expectException(violation("revision-not-proposed"))
                .expectExceptionMessage("revision 1 is EFFECTIVE, not PROPOSED");
    }
}
