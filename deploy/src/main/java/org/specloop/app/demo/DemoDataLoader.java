package org.specloop.app.demo;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.lot.MeasurementMethod;
import org.specloop.contracts.lot.PropertyValue;
import org.specloop.contracts.lot.ReceiveMagnetLot;
import org.specloop.contracts.lot.RecordMeasurement;
import org.specloop.contracts.specification.ApproveRevision;
import org.specloop.contracts.specification.CreateSpecification;
import org.specloop.contracts.specification.DraftRevision;
import org.specloop.contracts.specification.ProposeRevision;
import org.specloop.contracts.units.Characteristic;
import org.specloop.notify.grant.GrantKind;
import org.specloop.notify.grant.GrantRepository;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.specloop.app.demo.DemoCatalogue.*;

/**
 * Opt-in demo data set (specloop.demo.enabled=true), sent as ordinary commands so that it takes
 * the same path as real input: sources on two chains, specs for 42SH and 38UH approved under four
 * eyes, lots that conform and one that does not, and a lot from a changed chain (alloy maker swap)
 * that raises its engineering change through the receipt check. The demo OEM account oem.acme is
 * granted both demo parts, so that its subscriptions (README) receive their notifications.
 */
@Component
@Conditional(DemoDataLoader.Enabled.class)
public class DemoDataLoader {
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    static final String QE_ALICE = "qe.alice";
    static final String QE_BOB = "qe.bob";
    static final String DEMO_OEM = "oem.acme";
    private final CommandGateway commands;
    private final GrantRepository grants;
    private final EventGateway events;
    private final Clock clock;

    /** specloop.demo.enabled as DemoProperties binds it, so that its default is the record's alone. */
    static class Enabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment()).bindOrCreate(DemoProperties.PREFIX, DemoProperties.class).enabled();
        }
    }

    public DemoDataLoader(CommandGateway commands, EventGateway events, Clock clock, GrantRepository grants) {
        this.commands = commands;
        this.grants = grants;
        this.events = events;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void load() {
        // before the "already loaded" check: a grant of what is granted changes nothing, and older demo databases get it too
        for (String part : List.of(PART_42SH, PART_38UH)) {
            grants.grant(DEMO_OEM, GrantKind.PART, part, "admin", clock.instant(), "demo data: the demo OEM follows the demo parts");
        }
        try {
            commands.sendAndWait(new CreateSpecification(SPEC_42SH, PART_42SH, "42SH", "Rotor magnet 42SH, traction motor",
                    spec42SH(1592.0), QE_ALICE));
        } catch (AggregateStreamCreationException alreadyThere) {
            log.info("demo data already loaded");
            return;
        }
        sources().forEach(commands::sendAndWait);
        commands.sendAndWait(new CreateSpecification(SPEC_38UH, PART_38UH, "38UH", "Rotor magnet 38UH, high-temperature pump motor",
                spec38UH(), QE_ALICE));
        for (String spec : List.of(SPEC_42SH, SPEC_38UH)) {
            commands.sendAndWait(new ProposeRevision(spec, 1, QE_ALICE));
            commands.sendAndWait(new ApproveRevision(spec, 1, QE_BOB, "Initial release after PPAP", SignatureMeaning.APPROVED, null));
        }
        Instant received = clock.instant().minus(Duration.ofDays(3));
        receiveAndMeasure("LOT-42SH-0001", "MAG-DE-1", PART_42SH, "42SH", chainA(), received,
                new double[]{1.312, 1.318, 1.309, 1.321, 1.315}, new double[]{1640, 1655, 1632, 1661, 1648}, 332);
        receiveAndMeasure("LOT-42SH-0002", "MAG-DE-1", PART_42SH, "42SH", chainA(), received.plus(Duration.ofDays(1)),
                new double[]{1.305, 1.311, 1.302, 1.308, 1.306}, new double[]{1610, 1585, 1598, 1570, 1605}, 326);
        receiveAndMeasure("LOT-38UH-0001", "MAG-JP-1", PART_38UH, "38UH", chainB(), received,
                new double[]{1.238, 1.242, 1.235, 1.240, 1.237}, new double[]{2015, 2031, 2008, 2022, 2019}, 298);
        // A lot whose strip-cast alloy comes from Shin-Etsu instead of Narva: the receipt check raises
        // engineering change EC-SRC-LOT-42SH-0003 (ALLOY_MAKER ALLOY-EE-1 -> ALLOY-JP-1), holds the lot,
        // and the requalification saga plans it; its measurements then count as first-article evidence.
        receiveAndMeasure("LOT-42SH-0003", "MAG-DE-1", PART_42SH, "42SH", chainAWithAlloyFromB(), received.plus(Duration.ofDays(2)),
                new double[]{1.314, 1.319, 1.311, 1.316, 1.313}, new double[]{1662, 1671, 1658, 1666, 1660}, 330);
        // a pending revision for the inbox: tighter HcJ after the nonconforming lot
        commands.sendAndWait(new DraftRevision(SPEC_42SH, spec42SH(1600.0),
                "Raise HcJ minimum after LOT-42SH-0002 nonconformance", QE_ALICE));
        commands.sendAndWait(new ProposeRevision(SPEC_42SH, 2, QE_ALICE));
        new DemoMotorData(commands, events).load(clock.instant(), QE_ALICE);
        log.info("demo data loaded: 12 sources, 2 specifications, {} lots (one from a changed chain), 1 pending revision,"
                + " motor design {} with {} rig runs", 4 + DemoMotorData.IN_CONTROL_LOTS + DemoMotorData.DRIFTED_LOTS,
                DemoMotorData.DESIGN, DemoMotorData.IN_CONTROL_LOTS + DemoMotorData.DRIFTED_LOTS);
    }

    private void receiveAndMeasure(String lotId, String supplier, String part, String grade, DeclaredChain chain,
                                   Instant receivedAt, double[] br, double[] hcj, double bhMax) {
        commands.sendAndWait(new ReceiveMagnetLot(lotId, supplier, part, grade, 2400, chain,
                List.of("CoC-" + lotId, "MTR-" + lotId), receivedAt));
        for (int i = 0; i < br.length; i++) {
            String sample = lotId + "-S" + (i + 1);
            commands.sendAndWait(new RecordMeasurement(lotId, sample + "-20C", sample, 20.0, "Incoming QC lab",
                    "Hysteresisgraph HG-200", MeasurementMethod.CLOSED_CIRCUIT_IEC_60404_5,
                    List.of(new PropertyValue(Characteristic.BR, br[i]), new PropertyValue(Characteristic.HCJ, hcj[i]),
                            new PropertyValue(Characteristic.BH_MAX, bhMax + i)),
                    receivedAt.plus(Duration.ofHours(2 + i))));
            if (part.equals(PART_42SH)) {
                // HcJ at 150 degC from the sample's 20 degC value and beta = -0.55 %/K
                commands.sendAndWait(new RecordMeasurement(lotId, sample + "-150C", sample, 150.0, "Incoming QC lab",
                        "Hysteresisgraph HG-200 hot", MeasurementMethod.CLOSED_CIRCUIT_IEC_60404_5,
                        List.of(new PropertyValue(Characteristic.HCJ, hcj[i] * (1 - 0.0055 * 130))),
                        receivedAt.plus(Duration.ofHours(8 + i))));
            }
        }
    }
}
