package org.specloop.app.loop;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.specloop.contracts.lot.ChainLink;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.lot.MeasurementMethod;
import org.specloop.contracts.lot.PropertyValue;
import org.specloop.contracts.lot.ReceiveMagnetLot;
import org.specloop.contracts.lot.RecordMeasurement;
import org.specloop.contracts.motor.MotorPerformanceRecorded;
import org.specloop.contracts.rig.OperatingPointKind;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.units.Characteristic;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic lots and motors from known physics with a seeded RNG: every sample's Br is drawn from
 * N(brMean, BR_SIGMA) (times a drift factor), and each motor built from one lot has
 * Ke = K * mean Br of the lot + N(0, KE_NOISE). So with Ke >= KE_MIN the true Br limit is KE_MIN / K.
 */
final class SyntheticPlant {
    static final double BR_MEAN = 1.315;
    static final double BR_SIGMA = 0.004;
    static final int SAMPLES_PER_LOT = 5;
    /** V*s/rad per T: Ke = K * Br. */
    static final double K = 0.9;
    static final double KE_NOISE = 0.002;
    static final double KE_MIN = 1.17;
    static final double TRUE_BR_LIMIT = KE_MIN / K;

    private final CommandGateway commands;
    private final EventGateway events;
    private final Random random;
    private final String partNumber;
    private final String designId;
    private final Instant start;
    private int lots;

    SyntheticPlant(CommandGateway commands, EventGateway events, long seed, String partNumber, String designId, Instant start) {
        this.commands = commands;
        this.events = events;
        this.random = new Random(seed);
        this.partNumber = partNumber;
        this.designId = designId;
        this.start = start;
    }

    /** Receives and measures one lot of the magnet maker, then tests one motor built from it. */
    String lot(String magnetMaker, double driftFactor) {
        lots++;
        String lotId = String.format("LOT-%s-%03d", magnetMaker, lots);
        Instant received = start.plus(Duration.ofHours(lots));
        commands.sendAndWait(new ReceiveMagnetLot(lotId, magnetMaker, partNumber, "42SH", 1000, chain(magnetMaker),
                List.of("CoC-" + lotId), received));
        double sum = 0;
        for (int s = 1; s <= SAMPLES_PER_LOT; s++) {
            double br = (BR_MEAN + BR_SIGMA * random.nextGaussian()) * driftFactor;
            sum += br;
            commands.sendAndWait(new RecordMeasurement(lotId, lotId + "-S" + s + "-20C", lotId + "-S" + s, 20.0, "Lab",
                    "HG-200", MeasurementMethod.CLOSED_CIRCUIT_IEC_60404_5, List.of(new PropertyValue(Characteristic.BR, br)),
                    received.plus(Duration.ofMinutes(s))));
        }
        double ke = K * sum / SAMPLES_PER_LOT + KE_NOISE * random.nextGaussian();
        String run = "RUN-" + lotId;
        events.publish(new MotorPerformanceRecorded(run, "M-" + lotId, designId, "RIG-1", List.of(lotId), "KE-COLD",
                OperatingPointKind.KE_BEFORE_DEMAG, 500, 1000.0, 0.0, 0.0, 0.0, 0.0, ke, 0.0, 0.5, null, null,
                List.of(), received.plus(Duration.ofMinutes(30))));
        return lotId;
    }

    static DeclaredChain chain(String magnetMaker) {
        List<ChainLink> links = new ArrayList<>();
        links.add(new ChainLink(Tier.MINE, "MINE-AU-1", "AU"));
        links.add(new ChainLink(Tier.CONCENTRATOR, "CONC-AU-1", "AU"));
        links.add(new ChainLink(Tier.SEPARATOR, "SEP-MY-1", "MY"));
        links.add(new ChainLink(Tier.METAL_MAKER, "METAL-VN-1", "VN"));
        links.add(new ChainLink(Tier.ALLOY_MAKER, "ALLOY-EE-1", "EE"));
        links.add(new ChainLink(Tier.MAGNET_MAKER, magnetMaker, "DE"));
        return new DeclaredChain(links, CustodyModel.SEGREGATED);
    }
}
