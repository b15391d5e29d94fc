package org.specloop.command.sourcing.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.Segment;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.EngineeringChangeApproved;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.contracts.change.SourceSwap;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.lot.HoldCategory;
import org.specloop.contracts.lot.LotHeld;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.contracts.motor.MotorPerformanceRecorded;
import org.specloop.contracts.rig.OperatingPointKind;
import org.specloop.contracts.source.SupplySourceRegistered;
import org.specloop.contracts.source.SupplySourceRelocated;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.specification.RevisionBecameEffective;
import org.specloop.contracts.specification.RevisionContent;

/**
 * The sourcing group keeps one sequence (SourcingSequencing says why): the events whose order matters across
 * parts, sources, changes and lots, each named by a different aggregate, share it.
 */
class SourcingSequencingTest {
    private static final Instant NOW = Instant.parse("2026-01-05T08:00:00Z");
    private final SourcingSequencing policy = new SourcingSequencing();

    private Object key(String aggregate, Object payload) {
        EventMessage<?> event = new GenericDomainEventMessage<>("Test", aggregate, 0, payload);
        return policy.getSequenceIdentifierFor(event);
    }

    private static MagnetLotReceived received(String lot, String part) {
        return new MagnetLotReceived(lot, "SUP-1", part, "42SH", 10, new DeclaredChain(List.of(), null), List.of(), NOW);
    }

    @Test
    void aRegistryChangeIsOrderedWithTheReceiptsOfEveryPart() {
        Object receiptA = key("LOT-A", received("LOT-A", "PN-A"));
        assertThat(receiptA).isEqualTo("sourcing");
        assertThat(key("LOT-B", received("LOT-B", "PN-B"))).isEqualTo(receiptA);
        assertThat(key("SEP-1", new SupplySourceRegistered("SEP-1", "Separator", Tier.SEPARATOR, "MY", List.of(), List.of())))
                .isEqualTo(receiptA);
        assertThat(key("SEP-1", new SupplySourceRelocated("SEP-1", "MY", "VN", "plant moved"))).isEqualTo(receiptA);
    }

    @Test
    void aChangeDecisionALotDispositionAndAMotorResultShareTheSequenceOfTheReceiptsTheyAffect() {
        Object receipt = key("LOT-A", received("LOT-A", "PN-A"));
        assertThat(key("SPEC-A", new RevisionBecameEffective("SPEC-A", "PN-A", "42SH", 1, NOW, null,
                new RevisionContent(List.of(), null, null, 150.0)))).isEqualTo(receipt);
        assertThat(key("EC-SRC-LOT-A", new EngineeringChangeRaised("EC-SRC-LOT-A", ChangeTrigger.SOURCE_CHANGE, "swap", "",
                "SPEC-A", List.of(new SourceSwap(Tier.SEPARATOR, "SEP-1", "SEP-2")), List.of("LOT-A"), "system", NOW)))
                .isEqualTo(receipt);
        // names the change only: its spec and part are in other aggregates' events
        assertThat(key("EC-SRC-LOT-A", new EngineeringChangeApproved("EC-SRC-LOT-A", "qe.bob", "ok", SignatureMeaning.APPROVED,
                NOW))).isEqualTo(receipt);
        assertThat(key("LOT-A", new LotHeld("LOT-A", HoldCategory.SOURCE_CHANGE, "chain differs", "system", NOW)))
                .isEqualTo(receipt);
        // one run, lots of two parts
        assertThat(key("RUN-1", new MotorPerformanceRecorded("RUN-1", "M-1", "PUMP-M7", "RIG-1", List.of("LOT-A", "LOT-B"),
                "KE", OperatingPointKind.NO_LOAD, 100, 1500, 0, 0, null, null, 0.1, 60.0, 0.5, null, null, List.of(), NOW)))
                .isEqualTo(receipt);
    }

    /** A String: every node computes the same one segment of eight for it. */
    @Test
    void theSequenceFallsIntoOneSegmentOnEveryNode() {
        Object key = key("LOT-A", received("LOT-A", "PN-A"));
        assertThat(key).isInstanceOf(String.class);
        assertThat(Segment.splitBalanced(Segment.ROOT_SEGMENT, 7).stream().filter(s -> s.matches(key))).hasSize(1);
    }
}
