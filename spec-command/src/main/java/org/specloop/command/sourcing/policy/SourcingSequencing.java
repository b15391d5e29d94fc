package org.specloop.command.sourcing.policy;

import org.specloop.command.sourcing.SourcingFacts;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.async.SequencingPolicy;
import org.specloop.contracts.change.EngineeringChangeApproved;
import org.specloop.contracts.change.EngineeringChangeClosed;
import org.specloop.contracts.change.EngineeringChangePlanned;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.contracts.change.EngineeringChangeRejected;
import org.specloop.contracts.change.LotAttachedToChange;
import org.specloop.contracts.lot.LotHeld;
import org.specloop.contracts.lot.LotHoldLifted;
import org.specloop.contracts.lot.LotRejected;
import org.specloop.contracts.lot.LotReleased;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.contracts.lot.MeasurementRecorded;
import org.specloop.contracts.motor.MotorPerformanceRecorded;
import org.specloop.contracts.source.CertificateAdded;
import org.specloop.contracts.source.SupplySourceDisqualified;
import org.specloop.contracts.source.SupplySourceRegistered;
import org.specloop.contracts.source.SupplySourceRelocated;
import org.specloop.contracts.sourcing.RegistryChangeNoted;
import org.specloop.contracts.sourcing.SourceQualified;
import org.specloop.contracts.specification.RevisionBecameEffective;
import org.specloop.contracts.specification.SpecificationCreated;

import java.util.Optional;

/**
 * The sourcing group's order: one sequence per part number, and one for the supply source registry. A parked
 * (dead-lettered) event holds back the events of its own part only, while the lots of other parts are still
 * checked (docs/operations.md).
 *
 * <p>Everything the receipt check and the evidence policy join is of one part: a lot and its measurements and
 * dispositions, the part's spec and revisions, the spec's engineering changes (their plans, lots and decisions)
 * and its qualifications. Events that name only a lot, a change or a spec are put in their part's sequence by
 * what the aggregate's creation event says ({@link SourcingFacts}: fixed, so the same on every node and replay).
 *
 * <p>The registry is the one thing every part reads. Its events form a sequence of their own
 * ({@link RegistryChanges}) that keeps the registry table and notes each change on every spec's sourcing record
 * ({@code RegistryChangeNoted}), an event in the part's sequence; the part's handler then judges its lots
 * again ({@link LotSourcingPolicy}). So a receipt is judged with the registry as its processor finds it, and the
 * note that follows any registry change corrects what an earlier or a later reading got wrong: a registration or
 * a certificate frees held lots, a disqualification holds, and a relocation is judged by store position (a lot
 * received after it against the new country, one received before against the old).
 *
 * <p>A motor result is put with the part of its first installed lot (in id order). A motor built with lots of
 * several parts is evidence for the changes of each; for the other parts it is matched when it is handled, or
 * when their change is next planned or joined by a lot.
 *
 * <p>Keys are Strings: their hash picks the segment and must be the same on every node (an Object's identity hash
 * is not). The prefixes keep a part, a change and an aggregate with the same text apart.
 */
final class SourcingSequencing implements SequencingPolicy<EventMessage<?>> {
    static final String PART = "part:";
    static final String REGISTRY = "registry";
    static final String CHANGE = "change:";
    static final String LOT = "lot:";

    private final SourcingFacts facts;

    SourcingSequencing(SourcingFacts facts) {
        this.facts = facts;
    }

    @Override
    public Object getSequenceIdentifierFor(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload instanceof SupplySourceRegistered || payload instanceof SupplySourceRelocated
                || payload instanceof SupplySourceDisqualified || payload instanceof CertificateAdded) {
            return REGISTRY;
        }
        String direct = partNamed(payload);
        if (direct != null) {
            return PART + direct;
        }
        Object looked = partLookedUp(payload);
        if (looked != null) {
            return looked;
        }
        // not handled by the group: any stable key will do
        return event instanceof DomainEventMessage<?> domain && domain.getAggregateIdentifier() != null
                ? domain.getAggregateIdentifier() : event.getIdentifier();
    }

    private static String partNamed(Object payload) {
        if (payload instanceof MagnetLotReceived received) {
            return received.partNumber();
        }
        if (payload instanceof MeasurementRecorded measured) {
            return measured.partNumber();
        }
        if (payload instanceof RevisionBecameEffective effective) {
            return effective.partNumber();
        }
        if (payload instanceof SpecificationCreated created) {
            return created.partNumber();
        }
        return null;
    }

    private Object partLookedUp(Object payload) {
        if (payload instanceof LotHeld e) {
            return ofLot(e.lotId());
        }
        if (payload instanceof LotHoldLifted e) {
            return ofLot(e.lotId());
        }
        if (payload instanceof LotReleased e) {
            return ofLot(e.lotId());
        }
        if (payload instanceof LotRejected e) {
            return ofLot(e.lotId());
        }
        if (payload instanceof MotorPerformanceRecorded e) {
            return e.installedLots() == null || e.installedLots().isEmpty() ? null
                    : ofLot(e.installedLots().stream().sorted().findFirst().orElseThrow());
        }
        if (payload instanceof EngineeringChangeRaised e) {
            return ofSpecOrChange(e.specificationId(), e.changeId());
        }
        if (payload instanceof SourceQualified e) {
            return ofSpecOrChange(e.specificationId(), e.changeId());
        }
        if (payload instanceof RegistryChangeNoted e) {
            return ofSpecOrChange(e.specificationId(), e.qualificationId());
        }
        String changeId = changeNamed(payload);
        return changeId == null ? null : ofSpecOrChange(facts.specificationOfChange(changeId).orElse(null), changeId);
    }

    private static String changeNamed(Object payload) {
        if (payload instanceof EngineeringChangeApproved e) {
            return e.changeId();
        }
        if (payload instanceof EngineeringChangeRejected e) {
            return e.changeId();
        }
        if (payload instanceof EngineeringChangePlanned e) {
            return e.changeId();
        }
        if (payload instanceof EngineeringChangeClosed e) {
            return e.changeId();
        }
        if (payload instanceof LotAttachedToChange e) {
            return e.changeId();
        }
        return null;
    }

    /** A lot that was never received (refused at the door) has its own sequence: nothing of a part waits on it. */
    private String ofLot(String lotId) {
        return facts.partOfLot(lotId).map(part -> PART + part).orElse(LOT + lotId);
    }

    /** A change raised without a spec, or for one that does not exist, is a sequence of its own. */
    private String ofSpecOrChange(String specificationId, String changeId) {
        Optional<String> part = specificationId == null ? Optional.empty() : facts.partOfSpecification(specificationId);
        return part.map(p -> PART + p).orElse(CHANGE + changeId);
    }
}
