package org.specloop.calculations.transfer;

import org.junit.jupiter.api.Test;
import org.specloop.calculations.transfer.ProposalDecision.Action;
import org.specloop.calculations.transfer.ProposalDecision.Proposed;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ProposalDecisionTest {
    private static final String BR_MIN = "BR@20degC:MIN";
    private static final LimitCandidate RAISE_BR = new LimitCandidate(BR_MIN, 1.304, 1.28, 0.005);

    @Test
    void aLimitOutsideTheDeadBandIsProposed() {
        assertThat(ProposalDecision.decide(List.of(RAISE_BR), List.of(), false, List.of()).action())
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
        assertThat(ProposalDecision.decide(List.of(RAISE_BR), List.of(new Proposed(BR_MIN, 1.302)), false,
                List.of()).action()).isEqualTo(Action.NOTHING);
    }

    @Test
    void anOpenLoopProposalIsReplacedWhenTheEvidenceMovesIt() {
        assertThat(ProposalDecision.decide(List.of(RAISE_BR), List.of(new Proposed(BR_MIN, 1.295)), false,
                List.of()).action()).isEqualTo(Action.REPLACE);
    }

    @Test
    void anOpenLoopProposalIsWithdrawnWhenTheEvidenceSupportsTheEffectiveLimitWithinHalfADeadBand() {
        LimitCandidate backAtEffective = new LimitCandidate(BR_MIN, 1.282, 1.28, 0.005); // 0.4 dead bands
        assertThat(ProposalDecision.decide(List.of(backAtEffective), List.of(new Proposed(BR_MIN, 1.295)), false,
                List.of()).action()).isEqualTo(Action.WITHDRAW);
    }

    @Test
    void anOpenLoopProposalStaysWhileTheEvidenceIsBetweenHalfAndOneDeadBand() {
        // proposed beyond one dead band, the next motor pulls it to 0.8: no withdraw-and-redraft churn
        LimitCandidate edge = new LimitCandidate(BR_MIN, 1.284, 1.28, 0.005);
        assertThat(ProposalDecision.decide(List.of(edge), List.of(new Proposed(BR_MIN, 1.2855)), false,
                List.of()).action()).isEqualTo(Action.NOTHING);
    }

    @Test
    void aFitWithoutASolutionNeverWithdrawsTheOpenProposal() {
        // the case: one bad run made the Ke-Br fit NO_SOLUTION, and the loop withdrew its proposal
        // saying the evidence supported the effective limits, which was false
        ProposalDecision.Decision decision = ProposalDecision.decide(List.of(), List.of(new Proposed(BR_MIN, 1.295)),
                false, List.of());
        assertThat(decision.action()).isEqualTo(Action.NOTHING);
        assertThat(decision.reason()).contains("derives no BR@20degC:MIN limit now");
    }

    @Test
    void anotherOpenRevisionMakesTheLoopWait() {
        assertThat(ProposalDecision.decide(List.of(RAISE_BR), List.of(), true, List.of()).action())
                .isEqualTo(Action.WAIT_FOR_OPEN_REVISION);
    }

    @Test
    void aRejectedLimitIsNotProposedAgainUntilTheEvidenceMoves() {
        assertThat(ProposalDecision.decide(List.of(RAISE_BR), List.of(), false,
                List.of(new Proposed(BR_MIN, 1.303))).action()).isEqualTo(Action.NOTHING);
        assertThat(ProposalDecision.decide(List.of(RAISE_BR), List.of(), false,
                List.of(new Proposed(BR_MIN, 1.290))).action()).isEqualTo(Action.PROPOSE);
    }

    @Test
    void oneProposalChangesEveryLimitTheEvidenceMoves() {
        // the case: HcJ and Br both move, and only one was ever proposed
        LimitCandidate hcj = new LimitCandidate("HCJ@20degC:MIN", 2050.0, 1990.0, 10.0); // 6 dead bands
        ProposalDecision.Decision decision = ProposalDecision.decide(List.of(RAISE_BR, hcj), List.of(), false, List.of());
        assertThat(decision.action()).isEqualTo(Action.PROPOSE);
        assertThat(decision.changes()).containsExactly(hcj, RAISE_BR);
    }

    @Test
    void anOpenProposalIsReplacedWhenTheEvidenceMovesAnotherLimitToo() {
        LimitCandidate hcj = new LimitCandidate("HCJ@20degC:MIN", 2050.0, 1990.0, 10.0);
        ProposalDecision.Decision decision = ProposalDecision.decide(List.of(RAISE_BR, hcj),
                List.of(new Proposed(BR_MIN, 1.303, 1.28, 0.005)), false, List.of());
        assertThat(decision.action()).isEqualTo(Action.REPLACE);
        assertThat(decision.changes()).extracting(LimitCandidate::limitKey).containsExactly("HCJ@20degC:MIN", BR_MIN);
        // Br moved less than a dead band: the proposal keeps its value rather than churning
        assertThat(decision.changes().get(1).proposed()).isEqualTo(1.303);
        assertThat(decision.reason()).contains("the evidence also moves HCJ@20degC:MIN to 2050.0");
    }

    @Test
    void aLimitLeavesTheOpenProposalWhenTheEvidenceSupportsItsEffectiveValueAndTheOthersStay() {
        LimitCandidate hcj = new LimitCandidate("HCJ@20degC:MIN", 2050.0, 1990.0, 10.0);
        LimitCandidate brBack = new LimitCandidate(BR_MIN, 1.281, 1.28, 0.005); // 0.2 dead bands
        ProposalDecision.Decision decision = ProposalDecision.decide(List.of(brBack, hcj),
                List.of(new Proposed(BR_MIN, 1.303, 1.28, 0.005), new Proposed("HCJ@20degC:MIN", 2050.0, 1990.0, 10.0)),
                false, List.of());
        assertThat(decision.action()).isEqualTo(Action.REPLACE);
        assertThat(decision.changes()).extracting(LimitCandidate::limitKey).containsExactly("HCJ@20degC:MIN");
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
