package org.specloop.app.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.lot.MeasurementMethod;
import org.specloop.contracts.lot.PropertyValue;
import org.specloop.contracts.lot.ReceiveMagnetLot;
import org.specloop.contracts.lot.RecordMeasurement;
import org.specloop.contracts.motor.MotorPerformanceRecorded;
import org.specloop.contracts.motordesign.DefineMotorDesign;
import org.specloop.contracts.motordesign.MotorRequirements;
import org.specloop.contracts.rig.OperatingPointKind;
import org.specloop.contracts.specification.ApproveRevision;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.CreateSpecification;
import org.specloop.contracts.specification.ProposeRevision;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.units.Characteristic;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * When the motors move Br and HcJ together, the loop drafts one revision that changes both, on the spec's
 * own 20 degC lines: Br from Ke (Ke = 0.9 Br, Ke >= 1.19 V*s/rad), HcJ from the demagnetization test at
 * 150 degC (loss = 0.05 % per kA/m below 800 kA/m, loss <= 3 %), moved to 20 degC with the spec's beta(HcJ).
 */
@SpringBootTest
@ActiveProfiles("test")
class LoopMultiLimitProposalTest {
    static final String SPEC = "SPEC-MULTI";
    static final String PART = "PN-MULTI";
    static final String DESIGN = "TM-MULTI";

    @Autowired
    CommandGateway commands;
    @Autowired
    EventGateway events;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void oneProposalChangesBrAndHcJOnTheSpecsOwnLines() throws InterruptedException {
        commands.sendAndWait(new CreateSpecification(SPEC, PART, "38UH", "Two-limit magnet", new RevisionContent(List.of(
                new CharacteristicLimit(Characteristic.BR, 1.28, null, null, 20.0, "IEC 60404-8-1"),
                new CharacteristicLimit(Characteristic.HCJ, 1990.0, null, null, 20.0, "IEC 60404-8-1"),
                new CharacteristicLimit(Characteristic.BETA_HCJ, -0.60, -0.50, null, 20.0, "IEC 60404-8-1")),
                List.of(), null, 180.0), "qe.alice"));
        commands.sendAndWait(new ProposeRevision(SPEC, 1, "qe.alice"));
        commands.sendAndWait(new ApproveRevision(SPEC, 1, "qe.bob", "initial", SignatureMeaning.APPROVED, null));
        commands.sendAndWait(new DefineMotorDesign(DESIGN, "Two-limit motor", new MotorRequirements(SPEC, null, null, null,
                1.19, null, 3.0, 150.0, null, null, 0.95), "qe.alice"));
        Random random = new Random(5L);
        Instant start = Instant.parse("2026-03-01T00:00:00Z");
        for (int i = 0; i < 14; i++) {
            motor(i, random, start.plus(Duration.ofHours(i)));
        }

        List<String> keys = awaitProposedLimits();
        assertThat(keys).containsExactlyInAnyOrder("BR@20degC:MIN", "HCJ@20degC:MIN");
        RevisionContent proposed = proposedContent();
        assertThat(proposed.characteristics()).filteredOn(l -> l.characteristic() == Characteristic.HCJ)
                .singleElement().satisfies(l -> {
                    assertThat(l.testTemperatureC()).isEqualTo(20.0);
                    assertThat(l.min()).isGreaterThan(1990.0);
                });
        assertThat(proposed.characteristics()).filteredOn(l -> l.characteristic() == Characteristic.BR)
                .singleElement().satisfies(l -> assertThat(l.min()).isBetween(1.32, 1.34));
    }

    private void motor(int i, Random random, Instant received) {
        String lot = "LOT-MULTI-" + i;
        commands.sendAndWait(new ReceiveMagnetLot(lot, "MAG-M", PART, "38UH", 1000, SyntheticPlant.chain("MAG-M"),
                List.of("CoC-" + lot), received));
        double brMean = 1.34 + 0.004 * random.nextGaussian();
        double hcjHot = 700 + 6 * i;
        double brSum = 0;
        for (int s = 1; s <= 5; s++) {
            double br = brMean + 0.002 * random.nextGaussian();
            brSum += br;
            commands.sendAndWait(new RecordMeasurement(lot, lot + "-S" + s + "-20C", lot + "-S" + s, 20.0, "Lab", "HG-200",
                    MeasurementMethod.CLOSED_CIRCUIT_IEC_60404_5, List.of(new PropertyValue(Characteristic.BR, br)),
                    received.plus(Duration.ofMinutes(s))));
            commands.sendAndWait(new RecordMeasurement(lot, lot + "-S" + s + "-150C", lot + "-S" + s, 150.0, "Lab", "HG-200",
                    MeasurementMethod.CLOSED_CIRCUIT_IEC_60404_5, List.of(new PropertyValue(Characteristic.HCJ,
                    hcjHot + 2 * random.nextGaussian())), received.plus(Duration.ofMinutes(10 + s))));
        }
        double ke = 0.9 * brSum / 5 + 0.002 * random.nextGaussian();
        double loss = 0.05 * (800 - hcjHot) + 0.05 * random.nextGaussian();
        String run = "RUN-" + lot;
        events.publish(new MotorPerformanceRecorded(run, "M-" + lot, DESIGN, "RIG-1", List.of(lot), "KE-COLD",
                OperatingPointKind.KE_BEFORE_DEMAG, 500, 1000.0, 0.0, 0.0, 0.0, 0.0, ke, 0.0, 0.5, null, null,
                List.of(), received.plus(Duration.ofMinutes(30))));
        events.publish(new MotorPerformanceRecorded(run, "M-" + lot, DESIGN, "RIG-1", List.of(lot), "KE-HOT",
                OperatingPointKind.KE_AFTER_DEMAG, 500, 1000.0, 0.0, 0.0, 0.0, 0.0, ke, 0.0, 0.5, loss, null,
                List.of(), received.plus(Duration.ofMinutes(40))));
    }

    private List<String> awaitProposedLimits() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        List<String> keys = List.of();
        while (Instant.now().isBefore(deadline)) {
            keys = jdbc.queryForList("SELECT l.limit_key FROM loop_proposal_limit l JOIN loop_proposal p ON"
                    + " p.specification_id = l.specification_id AND p.revision = l.revision WHERE p.specification_id = ?"
                    + " AND p.status = 'PROPOSED'", String.class, SPEC);
            if (keys.size() >= 2) {
                return keys;
            }
            Thread.sleep(200);
        }
        return keys;
    }

    private RevisionContent proposedContent() throws InterruptedException {
        Integer revision = jdbc.queryForObject("SELECT revision FROM loop_proposal WHERE specification_id = ? AND status"
                + " = 'PROPOSED'", Integer.class, SPEC);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            var view = revisions.revision(SPEC, revision);
            if (view.isPresent()) {
                return view.get().content();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("revision " + revision + " of " + SPEC + " never reached the read model");
    }

    @Autowired
    org.specloop.query.specification.SpecificationReadModel revisions;
}
