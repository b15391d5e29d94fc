package org.specloop.ingest.rig;

import java.time.Duration;

/**
 * Tuning and site rules of rig ingest.
 *
 * @param dedupWindow          sequences per run remembered out of order before older gaps are given up
 * @param unknownRunGrace      how long a sample waits for its run's RunStarted before it is dead-lettered
 * @param parkLimit            samples of unknown runs held in memory at most; beyond it Kafka samples are held back in their partition (read again once parked ones found their runs)
 * @param minimumIeClass       IE class the rated point must meet ("IE3" ...), or null for none
 * @param maxDemagnetizationLossPercent  limit of the demagnetization test, or null for none
 * @param noLoadPercentOfRated |mean torque| below this share of rated torque makes a point no-load
 * @param magnetReference      the magnet temperature Ke is referred to, and the coefficient that refers it
 */
public record RigIngestSettings(int dedupWindow, Duration unknownRunGrace, int parkLimit, String minimumIeClass,
                                Double maxDemagnetizationLossPercent, double noLoadPercentOfRated,
                                MagnetReference magnetReference) {

    /** Ke referred to 20 degC with alpha(Br) = -0.12 %/K (domain.md), the defaults of the configuration. */
    public RigIngestSettings(int dedupWindow, Duration unknownRunGrace, int parkLimit, String minimumIeClass,
                             Double maxDemagnetizationLossPercent, double noLoadPercentOfRated) {
        this(dedupWindow, unknownRunGrace, parkLimit, minimumIeClass, maxDemagnetizationLossPercent,
                noLoadPercentOfRated, new MagnetReference(20.0, -0.12));
    }

    public static RigIngestSettings defaults() {
        return new RigIngestSettings(65_536, Duration.ofSeconds(30), 100_000, "IE3", 1.0, 1.0);
    }

    /**
     * @param temperatureC       magnet temperature Ke is referred to, degC
     * @param alphaBrPercentPerK reversible temperature coefficient of Br, %/K
     */
    public record MagnetReference(double temperatureC, double alphaBrPercentPerK) {
    }
}
