package org.specloop.calculations.transfer;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * What the loop does about one spec, given the best-supported limit change and its own open
 * proposal. At most one loop proposal is open per spec; it is replaced (the stale one withdrawn)
 * only when the evidence moves it by more than a dead band, so that every new motor does not
 * churn out a new revision; a limit a person rejected is not proposed again unless the evidence
 * moves it by more than a dead band from what was rejected.
 */
public final class ProposalDecision {

    public enum Action { NOTHING, PROPOSE, REPLACE, WITHDRAW, WAIT_FOR_OPEN_REVISION }

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

    public static Decision decide(Optional<LimitCandidate> strongest, Optional<Proposed> open,
                                  boolean otherRevisionOpen, Optional<Proposed> lastRejected) {
        if (strongest.isEmpty()) {
            return open.isPresent()
                    ? new Decision(Action.WITHDRAW, null, "the evidence now supports the effective limits within the dead band")
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
}
