package org.specloop.calculations.transfer;

import org.junit.jupiter.api.Test;
import org.specloop.calculations.transfer.ProposalDecision.Action;
import org.specloop.calculations.transfer.ProposalDecision.Proposed;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalDecisionTest {
    private static final String BR_MIN = "BR@20degC:MIN";
    private static final LimitCandidate RAISE_BR = new LimitCandidate(BR_MIN, 1.304, 1.28, 0.005);

    @Test
    void aLimitOutsideTheDeadBandIsProposed() {
        assertThat(ProposalDecision.decide(List.of(RAISE_BR), Optional.empty(), false, Optional.empty()).action())
                .isEqualTo(Action.PROPOSE);
    }

    @Test
    void aLimitInsideTheDeadBandIsNoCandidate() {
        LimitCandidate close = new LimitCandidate(BR_MIN, 1.284, 1.28, 0.005);
        assertThat(ProposalDecision.strongest(List.of(close))).isEmpty();
    }

    @Test
    void theCandidateFurthestOutInDeadBandsIsChosen() {
        LimitCandidate hcj = new LimitCandidate("HCJ@150degC:MIN", 480.0, 450.0, 5.0); // 6 dead bands
        assertThat(ProposalDecision.strongest(List.of(RAISE_BR, hcj))).contains(hcj); // 4.8 for Br
    }

    @Test
    void anOpenLoopProposalIsKeptWhileTheEvidenceStaysWithinTheDeadBand() {
        assertThat(ProposalDecision.decide(List.of(RAISE_BR), Optional.of(new Proposed(BR_MIN, 1.302)), false,
                Optional.empty()).action()).isEqualTo(Action.NOTHING);
    }

    @Test
    void anOpenLoopProposalIsReplacedWhenTheEvidenceMovesIt() {
        assertThat(ProposalDecision.decide(List.of(RAISE_BR), Optional.of(new Proposed(BR_MIN, 1.295)), false,
                Optional.empty()).action()).isEqualTo(Action.REPLACE);
    }

    @Test
    void anOpenLoopProposalIsWithdrawnWhenTheEvidenceSupportsTheEffectiveLimitWithinHalfADeadBand() {
        LimitCandidate backAtEffective = new LimitCandidate(BR_MIN, 1.282, 1.28, 0.005); // 0.4 dead bands
        assertThat(ProposalDecision.decide(List.of(backAtEffective), Optional.of(new Proposed(BR_MIN, 1.295)), false,
                Optional.empty()).action()).isEqualTo(Action.WITHDRAW);
    }

    @Test
    void anOpenLoopProposalStaysWhileTheEvidenceIsBetweenHalfAndOneDeadBand() {
        // proposed beyond one dead band, the next motor pulls it to 0.8: no withdraw-and-redraft churn
        LimitCandidate edge = new LimitCandidate(BR_MIN, 1.284, 1.28, 0.005);
        assertThat(ProposalDecision.decide(List.of(edge), Optional.of(new Proposed(BR_MIN, 1.2855)), false,
                Optional.empty()).action()).isEqualTo(Action.NOTHING);
    }

    @Test
    void aFitWithoutASolutionNeverWithdrawsTheOpenProposal() {
        // the case: one bad run made the Ke-Br fit NO_SOLUTION, and the loop withdrew its proposal
        // saying the evidence supported the effective limits, which was false
        ProposalDecision.Decision decision = ProposalDecision.decide(List.of(), Optional.of(new Proposed(BR_MIN, 1.295)),
                false, Optional.empty());
        assertThat(decision.action()).isEqualTo(Action.NOTHING);
        assertThat(decision.reason()).contains("derives no BR@20degC:MIN limit now");
    }

    @Test
    void anotherOpenRevisionMakesTheLoopWait() {
        assertThat(ProposalDecision.decide(List.of(RAISE_BR), Optional.empty(), true, Optional.empty()).action())
                .isEqualTo(Action.WAIT_FOR_OPEN_REVISION);
    }

    @Test
    void aRejectedLimitIsNotProposedAgainUntilTheEvidenceMoves() {
        assertThat(ProposalDecision.decide(List.of(RAISE_BR), Optional.empty(), false,
                Optional.of(new Proposed(BR_MIN, 1.303))).action()).isEqualTo(Action.NOTHING);
        assertThat(ProposalDecision.decide(List.of(RAISE_BR), Optional.empty(), false,
                Optional.of(new Proposed(BR_MIN, 1.290))).action()).isEqualTo(Action.PROPOSE);
    }

    @Test
    void aSpecWithoutALimitOnThatSideAlwaysDiffers() {
        assertThat(new LimitCandidate(BR_MIN, 1.3, null, 0.005).differs()).isTrue();
    }

    @Test
    void theSideFollowsTheSlopeAndTheRequirement() {
        assertThat(MotorBound.atLeast(1.0).sideFor(0.9)).isEqualTo(LimitSide.MIN);
        assertThat(MotorBound.atMost(2.0).sideFor(-0.01)).isEqualTo(LimitSide.MIN);
        assertThat(MotorBound.atMost(1.3).sideFor(0.9)).isEqualTo(LimitSide.MAX);
    }
}
