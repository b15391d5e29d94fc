package org.specloop.loop.policy;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;

/**
 * The loop-feedback group handles all its events in one sequence, in store order. A parked (dead-lettered)
 * event therefore holds back every later event of the group until it is retried or evicted (docs/operations.md).
 * Per-key order (per part, per source, per design) was weighed and refused, because the loop's two decisions
 * read across every key an event names:
 * <ul>
 * <li>Drift ({@link DriftPolicy}). A measurement names its lot and part; its control chart belongs to the lot's
 *     magnet maker, which only the lot's receipt names. At most one drift change is open per source and cause
 *     across all parts ({@code ChangeTable.latestDrift}), a drift signal covered by an open declared source change
 *     raises nothing ({@code declaredSourceChangeOpen} reads the source's lots of every part and the changes that
 *     name them), and a lot received while a drift change on its source is open is held. With a sequence per
 *     part, two parts of one source could each raise a change for the same drift; with one per source, the
 *     changes and the measurements (which name no source) would fall into other sequences.</li>
 * <li>Spec reviews ({@link ProposalPolicy}). A review of a spec joins the motor results of every design that
 *     uses it (the result names a run and a design; a design's spec can change with
 *     {@code MotorDesignRequirementsRevised}) with the measurements of the lots installed in those motors, which
 *     may come from any source. A measurement asks for the review of every spec whose designs were built with its
 *     lot ({@link DeferredChecks}), so one measurement feeds a per-source chart and per-spec reviews at once.</li>
 * <li>Engineering change events name only the change, and a source change names two sources (old and new).</li>
 * </ul>
 * Splitting the group (drift keyed by magnet maker, reviews keyed by spec) with those keys carried on the events
 * would be the way to per-key order; no key of today's events keeps every read above in one sequence.
 *
 * <p>The sequence is named by a String: its hash picks the segment and must be the same on every node (Axon's
 * SequentialPolicy uses an Object whose identity hash differs per JVM).
 */
final class LoopSequencing implements SequencingPolicy<EventMessage<?>> {
    /** The one sequence identifier, which the dead-letter API lists for the group. */
    static final String SEQUENCE = LoopEventHandler.PROCESSING_GROUP;

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        return SEQUENCE;
    }
}
