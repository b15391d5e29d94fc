package org.specloop.loop.policy;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;

/**
 * What a parked (dead-lettered) loop-feedback event holds back: the later events of its own aggregate (a lot's
 * receipt and measurements, a spec's revisions, a change's decisions, a design's revisions, a rig run's results),
 * not the whole group. Every event the loop needs before another one of the same thing is an event of the same
 * aggregate (a measurement after its lot's receipt, a change's decision after its raising), so nothing is handled
 * without what it builds on.
 *
 * <p>The group still handles its live events in store order: it runs in one segment (docs/operations.md,
 * {@code specloop.event-store.store-ordered}), because its two decisions join facts of many aggregates. A drift
 * check reads a magnet maker's lots of every part and the changes naming the source; a spec review joins the
 * motor results of every design on the spec with the measurements of their lots. A key per part or per source
 * spread over segments would let one segment run ahead of another and decide on facts out of store order (two
 * parts of one source raising a change each for the same drift; a lot received after a drift change not held
 * because the change's segment was behind).
 *
 * <p>Only a parked sequence is handled out of store order, when it is retried. Its facts then take the place
 * they would have had in order: lots are ordered on their charts by their receipt's store position and a change's
 * approval or end by its own (LotTable, ChangeTable), not by when they were handled. Decisions taken while it was
 * parked stand; the checks and reviews the retried events ask for read the facts as they stand, as every check
 * does. A retry and the live processor do not run at once (LoopLock).
 *
 * <p>The key is a String, the aggregate's identifier: its hash is the same on every node.
 */
final class LoopSequencing implements SequencingPolicy<EventMessage<?>> {

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        // every event the loop handles is an aggregate's; the message id keeps any other event a sequence of its own
        return event instanceof DomainEventMessage<?> domain ? domain.getAggregateIdentifier() : event.getIdentifier();
    }
}
