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
 */
public record RigIngestSettings(int dedupWindow, Duration unknownRunGrace, int parkLimit, String minimumIeClass,
                                Double maxDemagnetizationLossPercent, double noLoadPercentOfRated) {

    public static RigIngestSettings defaults() {
        return new RigIngestSettings(65_536, Duration.ofSeconds(30), 100_000, "IE3", 1.0, 1.0);
    }
}
