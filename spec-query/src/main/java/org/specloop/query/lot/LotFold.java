package org.specloop.query.lot;

import org.specloop.contracts.lot.Disposition;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One lot's steps of a batch folded over what is stored, into the writes that leave q_lot and q_lot_hold as
 * the events one statement at a time did: an update of a lot without a row changes nothing (its hold rows
 * are still written), a missing row counts as awaiting evaluation, a receipt inserts the row or rewrites its
 * receipt columns, and a lifted hold counts the holds left. The disposition is computed here once per batch
 * instead of read back from q_lot for every hold event.
 */
final class LotFold {
    /** The disposition columns as the last step that set them left them. */
    record DispositionChange(Disposition disposition, String reason, String actor, Instant at) {
    }

    /** A hold row to write, or, with a null reason and actor and time, deleted ({@link #deleted}). */
    record HoldRow(String reason, String actor, Instant heldAt, boolean deleted) {
    }

    /**
     * @param received     the last receipt's columns, null without one
     * @param insert       the lot had no row: the receipt inserts it, awaiting evaluation
     * @param evaluation   the last evaluation made while the lot had a row, null without one
     * @param disposition  the disposition after the batch, when a step set it while the lot had a row
     * @param clearHolds   every stored hold is deleted before the rows of {@code holds} are written
     * @param holds        per category the last row written or deleted (after the last clearing)
     */
    record Outcome(Map<String, Object> received, boolean insert, LotStep.Evaluated evaluation,
                   DispositionChange disposition, boolean clearHolds, Map<String, HoldRow> holds) {
    }

    /**
     * Stands for the stored disposition of a lot that was not read: its steps need none ({@link #needsStoredRow}), and
     * it is folded as if it had a row, since an update of a missing row changes nothing.
     */
    static final Disposition UNREAD = Disposition.AWAITING_EVALUATION;

    private LotFold() {
    }

    /**
     * Whether the steps need the stored row: a receipt inserts or updates, a hold and a lifted hold move the
     * disposition from the one stored. Evaluations, releases and rejections write absolute values, so a batch of
     * only those (most live batches: a lab batch evaluated and released) reads nothing.
     */
    static boolean needsStoredRow(List<LotStep> steps) {
        return steps.stream().anyMatch(step -> step instanceof LotStep.Received || step instanceof LotStep.Held
                || step instanceof LotStep.HoldLifted);
    }

    /**
     * @param stored      the stored disposition, null when the lot has no row
     * @param storedHolds the categories of the stored holds (needed when a hold is lifted)
     */
    static Outcome fold(Disposition stored, Set<String> storedHolds, List<LotStep> steps) {
        boolean exists = stored != null;
        Disposition current = exists ? stored : Disposition.AWAITING_EVALUATION;
        Set<String> holds = new HashSet<>(storedHolds);
        Map<String, Object> received = null;
        boolean insert = false;
        LotStep.Evaluated evaluation = null;
        DispositionChange disposition = null;
        boolean clearHolds = false;
        Map<String, HoldRow> holdRows = new LinkedHashMap<>();
        for (LotStep step : steps) {
            if (step instanceof LotStep.Received r) {
                insert |= !exists;
                exists = true;
                received = r.columns();
            } else if (step instanceof LotStep.Evaluated e) {
                evaluation = exists ? e : evaluation;
            } else if (step instanceof LotStep.Held h) {
                holds.add(h.category());
                holdRows.put(h.category(), new HoldRow(h.reason(), h.actor(), h.heldAt(), false));
                if (exists) {
                    current = LotDispositions.afterHeld(current);
                    disposition = new DispositionChange(current, h.reason(), h.actor(), h.at());
                }
            } else if (step instanceof LotStep.HoldLifted l) {
                holds.remove(l.category());
                holdRows.put(l.category(), new HoldRow(null, null, null, true));
                if (exists) {
                    current = LotDispositions.afterHoldLifted(current, holds.size());
                    disposition = new DispositionChange(current, l.reason(), l.actor(), l.at());
                }
            } else if (step instanceof LotStep.Released r) {
                holds.clear();
                holdRows.clear();
                clearHolds = true;
                if (exists) {
                    current = Disposition.RELEASED;
                    disposition = new DispositionChange(current, r.reason(), r.actor(), r.at());
                }
            } else if (step instanceof LotStep.Rejected r && exists) {
                current = Disposition.REJECTED;
                disposition = new DispositionChange(current, r.reason(), r.actor(), r.at());
            }
        }
        return new Outcome(received, insert, evaluation, disposition, clearHolds, holdRows);
    }
}
