package org.specloop.command.lot.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.Segment;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.lot.LotRejected;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.contracts.lot.MeasurementMethod;
import org.specloop.contracts.lot.MeasurementRecorded;
import org.specloop.contracts.lot.PropertyValue;
import org.specloop.contracts.specification.RevisionBecameEffective;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.units.Characteristic;

class LotConformanceSequencingTest {
    private static final Instant NOW = Instant.parse("2026-01-05T08:00:00Z");
    private final LotConformanceSequencing policy = new LotConformanceSequencing();

    private static EventMessage<?> event(String aggregate, Object payload) {
        return new GenericDomainEventMessage<>("Test", aggregate, 0, payload);
    }

    private Object key(String aggregate, Object payload) {
        return policy.getSequenceIdentifierFor(event(aggregate, payload));
    }

    private static MagnetLotReceived received(String lot, String part) {
        return new MagnetLotReceived(lot, "SUP-1", part, "42SH", 10, new DeclaredChain(List.of(), null), List.of(), NOW);
    }

    private static MeasurementRecorded measured(String lot, String part) {
        return new MeasurementRecorded(lot, part, "M-1", "S-1", 20.0, "QC", "HG",
                MeasurementMethod.CLOSED_CIRCUIT_IEC_60404_5, List.of(new PropertyValue(Characteristic.HCJ, 1600.0)), NOW);
    }

    private static RevisionBecameEffective effective(String spec, String part) {
        return new RevisionBecameEffective(spec, part, "42SH", 1, NOW, null, new RevisionContent(List.of(), null, null, 150.0));
    }

    @Test
    void aLotsReceiptItsMeasurementsAndItsPartsRevisionsShareOneSequence() {
        Object receipt = key("LOT-1", received("LOT-1", "PN-A"));
        assertThat(receipt).isEqualTo("part:PN-A");
        assertThat(key("LOT-1", measured("LOT-1", "PN-A"))).isEqualTo(receipt);
        assertThat(key("LOT-2", received("LOT-2", "PN-A"))).isEqualTo(receipt);
        assertThat(key("SPEC-A", effective("SPEC-A", "PN-A"))).isEqualTo(receipt);
    }

    @Test
    void anotherPartIsAnotherSequenceAndARejectionIsTheLotsOwn() {
        assertThat(key("LOT-9", received("LOT-9", "PN-B"))).isEqualTo("part:PN-B");
        assertThat(key("SPEC-B", effective("SPEC-B", "PN-B"))).isEqualTo("part:PN-B");
        assertThat(key("LOT-1", new LotRejected("LOT-1", "cracked", "qe.anna", NOW))).isEqualTo("lot:LOT-1");
        assertThat(key("X-1", "something the policy does not handle")).isEqualTo("X-1");
    }

    /** String keys: the same segment on every node, and parts spread over the segments. */
    @Test
    void partsAreSpreadOverTheSegments() {
        List<Segment> eight = Segment.splitBalanced(Segment.ROOT_SEGMENT, 7);
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (int part = 0; part < 64; part++) {
            Object key = key("LOT-" + part, received("LOT-" + part, "PN-" + part));
            assertThat(key).isInstanceOf(String.class);
            List<Segment> owners = eight.stream().filter(s -> s.matches(key)).toList();
            assertThat(owners).hasSize(1);
            used.add(owners.get(0).getSegmentId());
        }
        assertThat(used).hasSizeGreaterThan(4);
    }
}
