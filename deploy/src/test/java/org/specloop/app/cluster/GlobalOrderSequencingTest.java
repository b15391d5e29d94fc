package org.specloop.app.cluster;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.Segment;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A group listed in specloop.event-store.globally-ordered (none by default; here revision-activation, which is
 * otherwise ordered per spec) puts all its events in one sequence and so in one segment, and every node must
 * agree which: the segment follows the hash of the sequence identifier, so it has to be a value with the same
 * hash in every JVM. (Axon's SequentialPolicy returns an Object, whose identity hash is per JVM.)
 */
@SpringBootTest(properties = "specloop.event-store.globally-ordered=revision-activation")
@ActiveProfiles("test")
class GlobalOrderSequencingTest {
    @Autowired
    EventProcessingConfiguration processing;

    private static EventMessage<?> event(String aggregate) {
        return new GenericDomainEventMessage<>("Test", aggregate, 0, "payload of " + aggregate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"revision-activation"})
    void everyNodeSendsAllEventsOfAGloballyOrderedGroupToTheSameSegment(String group) {
        Object first = processing.sequencingPolicy(group).getSequenceIdentifierFor(event("SPEC-1"));
        Object second = processing.sequencingPolicy(group).getSequenceIdentifierFor(event("LOT-7"));

        assertThat(first).isEqualTo(second);
        // a String's hash is defined by its characters, so another JVM computes the same segment
        assertThat(first).isInstanceOf(String.class);
        List<Segment> eight = Segment.splitBalanced(Segment.ROOT_SEGMENT, 7);
        assertThat(eight).hasSize(8);
        long owning = eight.stream().filter(s -> s.matches(first)).count();
        assertThat(owning).isEqualTo(1);
    }

    /** loop-feedback parks per aggregate (LoopSequencing), by a String key; it keeps store order by its one segment. */
    @org.junit.jupiter.api.Test
    void loopFeedbackKeepsOneSequencePerAggregate() {
        Object lot = processing.sequencingPolicy("loop-feedback").getSequenceIdentifierFor(event("LOT-7"));
        Object spec = processing.sequencingPolicy("loop-feedback").getSequenceIdentifierFor(event("SPEC-1"));

        assertThat(lot).isEqualTo("LOT-7");
        assertThat(spec).isEqualTo("SPEC-1");
    }

    /** lot-conformance orders per part number (LotConformanceSequencing): two parts are two sequences. */
    @org.junit.jupiter.api.Test
    void lotConformanceKeepsOneSequencePerPart() {
        var policy = processing.sequencingPolicy("lot-conformance");
        Object a = policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("MagnetLot", "LOT-1", 0,
                new org.specloop.contracts.lot.MagnetLotReceived("LOT-1", "SUP", "PN-A", "42SH", 1, null, List.of(),
                        java.time.Instant.EPOCH)));
        Object b = policy.getSequenceIdentifierFor(new GenericDomainEventMessage<>("MagnetLot", "LOT-2", 0,
                new org.specloop.contracts.lot.MagnetLotReceived("LOT-2", "SUP", "PN-B", "42SH", 1, null, List.of(),
                        java.time.Instant.EPOCH)));
        assertThat(a).isEqualTo("part:PN-A");
        assertThat(b).isEqualTo("part:PN-B");
    }
}
