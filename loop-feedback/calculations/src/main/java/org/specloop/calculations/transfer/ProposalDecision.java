package org.specloop.calculations.transfer;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * What the loop does about one spec, given the best-supported limit change and its own open
 * proposal. At most one loop proposal is open per spec; it is replaced (the stale one withdrawn)
 * only when the evidence moves it by more than a dead band, so that every new motor does not
 * churn out a new revision; a limit a person rejected is not proposed again unless the evidence
 * moves it by more than a dead band from what was rejected. An open proposal is withdrawn only when the
 * evidence puts its limit within half a dead band of the effective one (hysteresis), never because a fit
 * failed.
 */
public final class ProposalDecision {

    public enum Action { NOTHING, PROPOSE, REPLACE, WITHDRAW, WAIT_FOR_OPEN_REVISION }

    /** A proposal is made beyond one dead band and withdrawn only within half of one. */
    static final double WITHDRAW_DEPARTURE = 0.5;

    /** The loop's own open proposal, or the last one a person rejected. */
    public record Proposed(String limitKey, double limit) {
    }

    public record Decision(Action action, LimitCandidate candidate, String reason) {
    }

    private ProposalDecision() {
    }

    /** The candidate that departs furthest from its effective limit, in dead bands, if any departs. */
    public static Optional<LimitCandidate> strongest(Collection<LimitCandidate> candidates) {
        return candidates.stream().filter(LimitCandidate::differs)
                .max(Comparator.comparingDouble(LimitCandidate::departure));
    }

    /**
     * @param candidates        every limit the evidence derives now (a relation whose fit has no solution, or
     *                          too few points, derives none and is absent)
     * @param open              the loop's open proposal
     * @param otherRevisionOpen a revision by a person is open: the loop waits for it
     * @param lastRejected      the loop's last proposal that a person rejected
     */
    public static Decision decide(Collection<LimitCandidate> candidates, Optional<Proposed> open,
                                  boolean otherRevisionOpen, Optional<Proposed> lastRejected) {
        Optional<LimitCandidate> strongest = strongest(candidates);
        if (strongest.isEmpty()) {
            return open.isPresent() ? keepOrWithdraw(candidates, open.get())
                    : new Decision(Action.NOTHING, null, "the effective limits agree with the evidence within the dead band");
        }
        LimitCandidate c = strongest.get();
        if (open.isPresent()) {
            boolean moved = !open.get().limitKey().equals(c.limitKey())
                    || Math.abs(open.get().limit() - c.proposed()) > c.deadBand();
            return moved
                    ? new Decision(Action.REPLACE, c, "newer evidence moves the limit from " + open.get().limit()
                    + " to " + c.proposed())
                    : new Decision(Action.NOTHING, c, "the open proposal still matches the evidence within the dead band");
        }
        if (otherRevisionOpen) {
            return new Decision(Action.WAIT_FOR_OPEN_REVISION, c, "another revision of the spec is open; "
                    + "the loop proposes once it is decided");
        }
        if (lastRejected.isPresent() && lastRejected.get().limitKey().equals(c.limitKey())
                && Math.abs(lastRejected.get().limit() - c.proposed()) <= c.deadBand()) {
            return new Decision(Action.NOTHING, c, "a person rejected " + lastRejected.get().limit()
                    + " and the evidence has not moved by more than the dead band since");
        }
        return new Decision(Action.PROPOSE, c, "derived limit " + c.proposed() + " departs from effective "
                + c.effective() + " by more than the dead band " + c.deadBand());
    }

    /**
     * No candidate departs by more than a dead band any more. The open proposal is withdrawn only when the
     * evidence itself puts its limit back within half a dead band of the effective one: a fit that has no
     * solution now says nothing either way, and a limit between half and one dead band away is the
     * hysteresis that keeps a proposal from being drafted and withdrawn on every motor around the edge.
     */
    private static Decision keepOrWithdraw(Collection<LimitCandidate> candidates, Proposed open) {
        Optional<LimitCandidate> same = candidates.stream().filter(c -> c.limitKey().equals(open.limitKey())).findFirst();
        if (same.isEmpty()) {
            return new Decision(Action.NOTHING, null, "the evidence derives no " + open.limitKey() + " limit now (the fit"
                    + " has no solution or too few points); the open proposal stays until it does");
        }
        LimitCandidate c = same.get();
        if (c.departure() > WITHDRAW_DEPARTURE) {
            return new Decision(Action.NOTHING, c, "derived limit " + c.proposed() + " is within the dead band of effective "
                    + c.effective() + " but not within half of it; the open proposal stays (hysteresis)");
        }
        return new Decision(Action.WITHDRAW, c, "the evidence now supports the effective limit " + c.effective()
                + " (derived " + c.proposed() + ", within half the dead band " + c.deadBand() + ")");
    }
}
