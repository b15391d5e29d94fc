package org.specloop.calculations.transfer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the loop does about one spec, given every limit the evidence derives now and its own open
 * proposal. At most one loop proposal is open per spec, and it changes every limit the evidence moves
 * (Br and HcJ together when both move), each beyond one dead band from the effective limit.
 * <ul>
 * <li>The open proposal is replaced when the set of limits it should change is another one, or the
 * evidence moves one of its limits by more than a dead band, so that every new motor does not churn out a
 * new revision.</li>
 * <li>A limit leaves the proposal only when the evidence puts it within half a dead band of the effective
 * one (hysteresis: proposed beyond one, withdrawn within half), never because its fit failed: a relation
 * that derives no limit now (no solution, too few points) keeps what the proposal says.</li>
 * <li>The proposal is withdrawn when no limit is left in it.</li>
 * <li>A limit a person rejected is not proposed again unless the evidence moves it by more than a dead
 * band from what was rejected.</li>
 * </ul>
 */
public final class ProposalDecision {

    public enum Action { NOTHING, PROPOSE, REPLACE, WITHDRAW, WAIT_FOR_OPEN_REVISION }

    /** A proposal is made beyond one dead band and a limit leaves it only within half of one. */
    static final double WITHDRAW_DEPARTURE = 0.5;

    /**
     * One limit of the loop's open proposal, or of the last one a person rejected.
     *
     * @param effective the effective limit when it was proposed (null: the spec had none there)
     * @param deadBand  the dead band it was proposed with
     */
    public record Proposed(String limitKey, double limit, Double effective, double deadBand) {

        public Proposed(String limitKey, double limit) {
            this(limitKey, limit, null, 0.0);
        }

        LimitCandidate asCandidate() {
            return new LimitCandidate(limitKey, limit, effective, deadBand);
        }
    }

    /** changes: the limits the proposal to draft should change, the one furthest out first; empty otherwise. */
    public record Decision(Action action, List<LimitCandidate> changes, String reason) {

        public Decision {
            changes = List.copyOf(changes);
        }

        /** The limit furthest out, which names the proposal; null when there is none. */
        public LimitCandidate candidate() {
            return changes.isEmpty() ? null : changes.get(0);
        }
    }

    private ProposalDecision() {
    }

    /** The candidate that departs furthest from its effective limit, in dead bands, if any departs. */
    public static Optional<LimitCandidate> strongest(Collection<LimitCandidate> candidates) {
        return departing(candidates).stream().findFirst();
    }

    /**
     * @param candidates        every limit the evidence derives now (a relation whose fit has no solution, or
     *                          too few points, derives none and is absent)
     * @param open              the limits of the loop's open proposal; empty when none is open
     * @param otherRevisionOpen a revision by a person is open: the loop waits for it
     * @param lastRejected      the limits of the loop's last proposal that a person rejected
     */
    public static Decision decide(Collection<LimitCandidate> candidates, List<Proposed> open,
                                  boolean otherRevisionOpen, List<Proposed> lastRejected) {
        List<LimitCandidate> rejectedAgain = departing(candidates).stream()
                .filter(c -> rejectedUnchanged(c, lastRejected)).toList();
        List<LimitCandidate> departing = departing(candidates).stream()
                .filter(c -> !rejectedUnchanged(c, lastRejected)).toList();
        if (!open.isEmpty()) {
            return reconsiderOpen(candidates, departing, open);
        }
        if (departing.isEmpty()) {
            return rejectedAgain.isEmpty()
                    ? new Decision(Action.NOTHING, List.of(), "the effective limits agree with the evidence within the dead band")
                    : new Decision(Action.NOTHING, List.of(), "a person rejected " + describe(lastRejected)
                    + " and the evidence has not moved by more than the dead band since");
        }
        if (otherRevisionOpen) {
            return new Decision(Action.WAIT_FOR_OPEN_REVISION, departing, "another revision of the spec is open; "
                    + "the loop proposes once it is decided");
        }
        return new Decision(Action.PROPOSE, departing, departing.stream().map(c -> "derived limit " + c.limitKey() + " "
                + c.proposed() + " departs from effective " + c.effective() + " by more than the dead band " + c.deadBand())
                .reduce((a, b) -> a + "; " + b).orElseThrow());
    }

    private static Decision reconsiderOpen(Collection<LimitCandidate> candidates, List<LimitCandidate> departing,
                                           List<Proposed> open) {
        Map<String, LimitCandidate> byKey = new LinkedHashMap<>();
        candidates.forEach(c -> byKey.put(c.limitKey(), c));
        Map<String, LimitCandidate> target = new LinkedHashMap<>();
        departing.forEach(c -> target.put(c.limitKey(), c));
        List<String> why = new ArrayList<>();
        boolean changed = false;
        for (Proposed p : open) {
            LimitCandidate now = byKey.get(p.limitKey());
            if (now == null) {
                target.putIfAbsent(p.limitKey(), p.asCandidate());
                why.add("the evidence derives no " + p.limitKey() + " limit now (no solution or too few points); "
                        + p.limit() + " stays");
            } else if (now.differs()) {
                if (Math.abs(now.proposed() - p.limit()) > now.deadBand()) {
                    changed = true;
                    why.add("newer evidence moves " + p.limitKey() + " from " + p.limit() + " to " + now.proposed());
                } else {
                    target.put(p.limitKey(), new LimitCandidate(p.limitKey(), p.limit(), now.effective(), now.deadBand()));
                }
            } else if (now.departure() > WITHDRAW_DEPARTURE) {
                target.put(p.limitKey(), new LimitCandidate(p.limitKey(), p.limit(), now.effective(), now.deadBand()));
                why.add(p.limitKey() + " derived " + now.proposed() + " is within the dead band of effective "
                        + now.effective() + " but not within half of it; " + p.limit() + " stays (hysteresis)");
            } else {
                changed = true;
                why.add("the evidence now supports the effective " + p.limitKey() + " " + now.effective() + " (derived "
                        + now.proposed() + ", within half the dead band " + now.deadBand() + ")");
            }
        }
        for (LimitCandidate c : departing) {
            if (open.stream().noneMatch(p -> p.limitKey().equals(c.limitKey()))) {
                changed = true;
                why.add("the evidence also moves " + c.limitKey() + " to " + c.proposed());
            }
        }
        List<LimitCandidate> changes = sorted(target.values());
        String reason = why.isEmpty() ? "the open proposal still matches the evidence within the dead band"
                : String.join("; ", why);
        if (changes.isEmpty()) {
            return new Decision(Action.WITHDRAW, List.of(), reason);
        }
        return new Decision(changed ? Action.REPLACE : Action.NOTHING, changes, reason);
    }

    private static List<LimitCandidate> departing(Collection<LimitCandidate> candidates) {
        return sorted(candidates.stream().filter(LimitCandidate::differs).toList());
    }

    private static List<LimitCandidate> sorted(Collection<LimitCandidate> candidates) {
        return candidates.stream().sorted(Comparator.comparingDouble(LimitCandidate::departure).reversed()).toList();
    }

    private static boolean rejectedUnchanged(LimitCandidate c, List<Proposed> lastRejected) {
        return lastRejected.stream().anyMatch(r -> r.limitKey().equals(c.limitKey())
                && Math.abs(r.limit() - c.proposed()) <= c.deadBand());
    }

    private static String describe(List<Proposed> limits) {
        return limits.stream().map(p -> p.limitKey() + " " + p.limit()).reduce((a, b) -> a + ", " + b).orElse("");
    }
}
