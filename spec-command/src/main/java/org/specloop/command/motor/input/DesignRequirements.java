package org.specloop.command.motor.input;

import java.util.Optional;

/**
 * The requirements a motor design sets for its test runs, as ingest needs them to judge each operating
 * point: the IE class at the rated point and the demagnetization limit. A value the design leaves open
 * falls back to the site's setting (specloop.ingest.rig.*).
 */
public interface DesignRequirements {

    /** Empty when no design of that id is defined. */
    Optional<RunRequirements> of(String designId);

    /**
     * @param minimumIeClass                "IE3", "IE4" ...; null when the design sets none
     * @param maxDemagnetizationLossPercent the demagnetization test's limit; null when the design sets none
     */
    record RunRequirements(String minimumIeClass, Double maxDemagnetizationLossPercent) {

        /** The design's value where it sets one, else the site's. */
        public RunRequirements orElse(String siteIeClass, Double siteMaxDemagnetizationLossPercent) {
            return new RunRequirements(minimumIeClass != null ? minimumIeClass : siteIeClass,
                    maxDemagnetizationLossPercent != null ? maxDemagnetizationLossPercent : siteMaxDemagnetizationLossPercent);
        }
    }
}
