package org.specloop.command.sourcing.policy;

import org.specloop.command.sourcing.SourcingFacts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.Segment;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.EngineeringChangeApproved;
import org.specloop.contracts.change.EngineeringChangePlanned;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.contracts.change.LotAttachedToChange;
import org.specloop.contracts.change.SourceSwap;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.lot.HoldCategory;
import org.specloop.contracts.lot.LotHeld;
import org.specloop.contracts.lot.LotReleased;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.contracts.motor.MotorPerformanceRecorded;
import org.specloop.contracts.rig.OperatingPointKind;
import org.specloop.contracts.source.SupplySourceRegistered;
import org.specloop.contracts.source.SupplySourceRelocated;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.sourcing.RegistryChangeKind;
import org.specloop.contracts.sourcing.RegistryChangeNoted;
import org.specloop.contracts.sourcing.SourceQualified;
import org.specloop.contracts.specification.RevisionBecameEffective;
import org.specloop.contracts.specification.RevisionContent;

/**
 * The sourcing group's order (SourcingSequencing): a sequence per part, found for events that name only a lot, a
 * change or a spec from what the aggregate was created as, and one sequence for the registry.
 */
class SourcingSequencingTest {
    private static final Instant NOW = Instant.parse("2026-01-05T08:00:00Z");
    /** The creation events of the store, as SourcingFacts answers from them. */
    private static final SourcingFacts STORE = new SourcingFacts() {
        @Override
        public Optional<String> partOfLot(String lotId) {
            return Optional.ofNullable(Map.of("LOT-A", "PN-A", "LOT-B", "PN-B").get(lotId));
        }

        @Override
        public Optional<String> partOfSpecification(String specificationId) {
            return Optional.ofNullable(Map.of("SPEC-A", "PN-A", "SPEC-B", "PN-B").get(specificationId));
        }

        @Override
        public Optional<String> specificationOfChange(String changeId) {
            return Optional.ofNullable(Map.of("EC-SRC-LOT-A", "SPEC-A").get(changeId));
        }

        @Override
        public List<String> specifications() {
            return List.of("SPEC-A", "SPEC-B");
        }

        @Override
        public Optional<Long> positionOf(String eventId) {
            return Optional.empty();
        }
    };
    private final SourcingSequencing policy = new SourcingSequencing(STORE);

    private Object key(String aggregate, Object payload) {
        EventMessage<?> event = new GenericDomainEventMessage<>("Test", aggregate, 0, payload);
        return policy.getSequenceIdentifierFor(event);
    }

    private static MagnetLotReceived received(String lot, String part) {
        return new MagnetLotReceived(lot, "SUP-1", part, "42SH", 10, new DeclaredChain(List.of(), null), List.of(), NOW);
    }

    @Test
    void eachPartIsASequenceAndTheRegistryIsOneOfItsOwn() {
        Object partA = key("LOT-A", received("LOT-A", "PN-A"));
        assertThat(partA).isEqualTo("part:PN-A");
        assertThat(key("LOT-B", received("LOT-B", "PN-B"))).isEqualTo("part:PN-B");
        assertThat(key("SEP-1", new SupplySourceRegistered("SEP-1", "Separator", Tier.SEPARATOR, "MY", List.of(), List.of())))
                .isEqualTo("registry");
        assertThat(key("SEP-1", new SupplySourceRelocated("SEP-1", "MY", "VN", "plant moved"))).isEqualTo("registry");
        // the registry's note on a spec's record joins the spec's part
        assertThat(key("QUAL-SPEC-B", new RegistryChangeNoted("QUAL-SPEC-B", "SPEC-B", "SEP-1", RegistryChangeKind.RELOCATED,
                12, 1, "MY", "VN", "plant moved", NOW))).isEqualTo("part:PN-B");
    }

    @Test
    void eventsNamingOnlyALotAChangeOrASpecJoinTheSequenceOfTheirPart() {
        Object receipt = key("LOT-A", received("LOT-A", "PN-A"));
        assertThat(key("SPEC-A", new RevisionBecameEffective("SPEC-A", "PN-A", "42SH", 1, NOW, null,
                new RevisionContent(List.of(), null, null, 150.0)))).isEqualTo(receipt);
        assertThat(key("EC-SRC-LOT-A", new EngineeringChangeRaised("EC-SRC-LOT-A", ChangeTrigger.SOURCE_CHANGE, "swap", "",
                "SPEC-A", List.of(new SourceSwap(Tier.SEPARATOR, "SEP-1", "SEP-2")), List.of("LOT-A"), "system", NOW)))
                .isEqualTo(receipt);
        assertThat(key("EC-SRC-LOT-A", new EngineeringChangeApproved("EC-SRC-LOT-A", "qe.bob", "ok", SignatureMeaning.APPROVED,
                NOW))).isEqualTo(receipt);
        assertThat(key("EC-SRC-LOT-A", new EngineeringChangePlanned("EC-SRC-LOT-A", List.of(), null, "qe.anna")))
                .isEqualTo(receipt);
        assertThat(key("EC-SRC-LOT-A", new LotAttachedToChange("EC-SRC-LOT-A", "LOT-A"))).isEqualTo(receipt);
        assertThat(key("QUAL-SPEC-A", new SourceQualified("QUAL-SPEC-A", "SPEC-A", Tier.SEPARATOR, "SEP-2", "EC-SRC-LOT-A",
                "qe.bob", NOW))).isEqualTo(receipt);
        assertThat(key("LOT-A", new LotHeld("LOT-A", HoldCategory.SOURCE_CHANGE, "chain differs", "system", NOW)))
                .isEqualTo(receipt);
        assertThat(key("LOT-A", new LotReleased("LOT-A", "conforms", "system", NOW, null, null))).isEqualTo(receipt);
    }

    @Test
    void aMotorResultJoinsThePartOfItsFirstLotInIdOrder() {
        MotorPerformanceRecorded twoParts = new MotorPerformanceRecorded("RUN-1", "M-1", "PUMP-M7", "RIG-1",
                List.of("LOT-B", "LOT-A"), "KE", OperatingPointKind.NO_LOAD, 100, 1500, 0, 0, null, null, 0.1, 60.0, 0.5, null,
                null, List.of(), NOW);
        assertThat(key("RUN-1", twoParts)).isEqualTo("part:PN-A");
    }

    @Test
    void whatTheStoreDoesNotKnowIsASequenceOfItsOwn() {
        assertThat(key("LOT-X", new LotHeld("LOT-X", HoldCategory.SOURCING_RULE, "?", "system", NOW))).isEqualTo("lot:LOT-X");
        assertThat(key("EC-DRIFT-1", new EngineeringChangeApproved("EC-DRIFT-1", "qe.bob", "ok", SignatureMeaning.APPROVED,
                NOW))).isEqualTo("change:EC-DRIFT-1");
    }

    /** A String: every node computes the same one segment of eight for it. */
    @Test
    void aSequenceFallsIntoOneSegmentOnEveryNode() {
        Object key = key("LOT-A", received("LOT-A", "PN-A"));
        assertThat(key).isInstanceOf(String.class);
        assertThat(Segment.splitBalanced(Segment.ROOT_SEGMENT, 7).stream().filter(s -> s.matches(key))).hasSize(1);
    }
}
