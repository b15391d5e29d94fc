package org.specloop.command.lot.policy;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.specloop.contracts.lot.LotRejected;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.contracts.lot.MeasurementRecorded;
import org.specloop.contracts.specification.RevisionBecameEffective;

/**
 * The lot conformance policy joins a lot's receipt and measurements with the effective revision of the
 * lot's part, and nothing across parts: so its events need store order only within one part number, and
 * each part is its own sequence. A parked (dead-lettered) event then holds back the events of its part only,
 * while lots of other parts are still evaluated; and the group's segments share the parts between them.
 *
 * <p>Every event the policy handles names its part, except {@link LotRejected} (a lot id only). Its one
 * effect is to stop re-evaluating the lot on a later revision, which the lot itself also refuses once
 * rejected, so its order against the part's events changes no outcome: it gets the lot's own sequence.
 *
 * <p>The key is a String: its hash picks the segment, and must be the same on every node (an Object's identity
 * hash is not). The prefixes keep a part and a lot with the same text apart.
 */
final class LotConformanceSequencing implements SequencingPolicy<EventMessage<?>> {
    static final String PART = "part:";
    static final String LOT = "lot:";

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload instanceof MeasurementRecorded measured) {
            return PART + measured.partNumber();
        }
        if (payload instanceof MagnetLotReceived received) {
            return PART + received.partNumber();
        }
        if (payload instanceof RevisionBecameEffective effective) {
            return PART + effective.partNumber();
        }
        if (payload instanceof LotRejected rejected) {
            return LOT + rejected.lotId();
        }
        // not handled by the policy: any stable key will do
        return event instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null
                ? domain.getAggregateIdentifier() : event.getIdentifier();
    }
}
