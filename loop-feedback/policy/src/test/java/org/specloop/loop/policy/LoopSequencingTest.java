package org.specloop.loop.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.Segment;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.contracts.change.EngineeringChangeRejected;
import org.specloop.contracts.change.SourceSwap;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.contracts.lot.MeasurementMethod;
import org.specloop.contracts.lot.MeasurementRecorded;
import org.specloop.contracts.lot.PropertyValue;
import org.specloop.contracts.motor.MotorPerformanceRecorded;
import org.specloop.contracts.rig.OperatingPointKind;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.specification.RevisionBecameEffective;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.units.Characteristic;

/**
 * A parked loop event holds back the later events of its own aggregate only (LoopSequencing): a lot's
 * measurement waits for its receipt, a change's decision for its raising; another lot of the same source, a
 * motor result with the lot in it and a spec revision are sequences of their own.
 */
class LoopSequencingTest {
    private static final Instant NOW = Instant.parse("2026-01-05T08:00:00Z");
    private final LoopSequencing policy = new LoopSequencing();

    private Object key(String aggregate, Object payload) {
        EventMessage<?> event = new GenericDomainEventMessage<>("Test", aggregate, 0, payload);
        return policy.getSequenceIdentifierFor(event);
    }

    @Test
    void aLotsMeasurementsWaitForItsReceiptAndNotForOtherLotsOfTheSource() {
        Object receipt = key("LOT-A", new MagnetLotReceived("LOT-A", "MAG-1", "PN-A", "42SH", 10,
                new DeclaredChain(List.of(), null), List.of(), NOW));
        assertThat(receipt).isEqualTo("LOT-A");
        assertThat(key("LOT-A", measurement("LOT-A", "PN-A"))).isEqualTo(receipt);
        // another lot of the same magnet maker and part is charted with it, but does not wait for it
        assertThat(key("LOT-B", measurement("LOT-B", "PN-A"))).isEqualTo("LOT-B");
    }

    @Test
    void aChangesDecisionWaitsForItsRaising() {
        Object raised = key("EC-1", new EngineeringChangeRaised("EC-1", ChangeTrigger.SOURCE_CHANGE, "swap", "", "SPEC-A",
                List.of(new SourceSwap(Tier.MAGNET_MAKER, "MAG-1", "MAG-2")), List.of("LOT-A"), "qe.anna", NOW));
        assertThat(raised).isEqualTo("EC-1");
        assertThat(key("EC-1", new EngineeringChangeRejected("EC-1", "qe.bob", "no", NOW))).isEqualTo(raised);
    }

    @Test
    void aMotorResultAndASpecRevisionAreSequencesOfTheirOwn() {
        assertThat(key("SPEC-A", new RevisionBecameEffective("SPEC-A", "PN-A", "42SH", 1, NOW, null,
                new RevisionContent(List.of(), null, null, 150.0)))).isEqualTo("SPEC-A");
        assertThat(key("RUN-1", new MotorPerformanceRecorded("RUN-1", "M-1", "PUMP-M7", "RIG-1", List.of("LOT-A", "LOT-B"),
                "KE", OperatingPointKind.NO_LOAD, 100, 1500, 0, 0, null, null, 0.1, 60.0, 0.5, null, null, List.of(), NOW)))
                .isEqualTo("RUN-1");
    }

    /** A String: its hash, and so its segment, is the same on every node. */
    @Test
    void theKeyIsTheSameOnEveryNode() {
        Object key = key("LOT-A", "any event");
        assertThat(key).isInstanceOf(String.class);
        assertThat(Segment.splitBalanced(Segment.ROOT_SEGMENT, 7).stream().filter(s -> s.matches(key))).hasSize(1);
    }

    private static MeasurementRecorded measurement(String lot, String part) {
        return new MeasurementRecorded(lot, part, "M-1", "S-1", 20.0, "QC", "HG",
                MeasurementMethod.CLOSED_CIRCUIT_IEC_60404_5, List.of(new PropertyValue(Characteristic.BR, 1.3)), NOW);
    }
}
