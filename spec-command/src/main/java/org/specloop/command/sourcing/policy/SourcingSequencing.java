package org.specloop.command.sourcing.policy;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;

/**
 * The sourcing group ({@link LotSourcingPolicy}, {@link RequalificationEvidencePolicy}) handles all its events in
 * one sequence, in store order. A parked (dead-lettered) event therefore holds back every later event of the
 * group until it is retried or evicted (docs/operations.md). Per-part order, as lot-conformance has, was weighed
 * and refused, because the handlers' reads cross every key an event names:
 * <ul>
 * <li>The source registry. {@code SupplySourceRegistered}, {@code SupplySourceRelocated},
 *     {@code SupplySourceDisqualified} and {@code CertificateAdded} change {@code sourcing_source}, which the receipt check of every part reads, and
 *     re-check the held lots of every part. The receipt judges the registry as it was on receipt. In its own
 *     sequence a relocation stored after a receipt could be handled before it: the lot would be held for a
 *     declaration that was true when it arrived, and re-checks only lift holds, so nothing would undo it. A
 *     registration stored before a receipt could be handled after it: the lot would be held for an unknown source,
 *     and the registration's re-check might miss it (the hold flag comes from {@code LotHeld}, handled in the lot's
 *     sequence), leaving it held until the next day's certificate watch.</li>
 * <li>Engineering change decisions. {@code EngineeringChangeApproved} and {@code EngineeringChangeRejected} name
 *     only the change, yet decide the chain claims that receipts of the spec's part read. A receipt stored after
 *     an approval but handled before it would attach its lot to the decided change (refused by the change: the
 *     receipt would be parked) or hold it for a chain that is qualified by then. The change's spec, and the spec's
 *     part, are only in earlier events of other aggregates.</li>
 * <li>Lot dispositions. {@code LotHeld}, {@code LotHoldLifted}, {@code LotReleased} and {@code LotRejected} name
 *     only the lot; the re-checks of its part ({@code SourceQualified}, {@code RevisionBecameEffective}) read the
 *     flags they set.</li>
 * <li>Motor results. One {@code MotorPerformanceRecorded} names the installed lots, which may belong to several
 *     parts, and is evidence for the source changes of each.</li>
 * </ul>
 * A per-key order would need the key on every event (the part on lot dispositions and change decisions) and the
 * registry read as of the receipt's position: a change of the contracts, not of this class.
 *
 * <p>The sequence is named by a String: its hash picks the segment and must be the same on every node (Axon's
 * SequentialPolicy uses an Object whose identity hash differs per JVM).
 */
final class SourcingSequencing implements SequencingPolicy<EventMessage<?>> {
    /** The one sequence identifier, which the dead-letter API lists for the group. */
    static final String SEQUENCE = LotSourcingPolicy.PROCESSING_GROUP;

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        return SEQUENCE;
    }
}
