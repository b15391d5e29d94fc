package org.specloop.command.motor;

import java.util.Optional;

/**
 * What a run declares, as the rest of the command side knows it: the motor design and the magnet lots
 * installed in the motor. A run is only evidence for the loop when its results can be joined to real
 * lots of the design's magnet part, so the run is refused at its start when they cannot.
 */
public interface RunDeclarations {

    /** The design, or empty when no design of that id was defined. */
    Optional<Design> design(String designId);

    /** The part number the lot was received as, or empty when no lot of that id was received. */
    Optional<String> partOfLot(String lotId);

    /**
     * @param magnetSpecificationId the magnet specification the design's current requirements name; null
     *                              when they name none
     * @param magnetPartNumber      that specification's part number; null when there is none
     */
    record Design(String designId, String magnetSpecificationId, String magnetPartNumber) {
    }
}
