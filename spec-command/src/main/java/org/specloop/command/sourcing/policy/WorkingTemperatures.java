package org.specloop.command.sourcing.policy;

import org.specloop.contracts.qualification.RequalificationRecords;

import java.util.Optional;

/**
 * What the requalification policy needs to know about a spec: its maximum working temperature, and the records
 * (first article, PPAP level) its sourcing rules ask of a source change.
 */
interface WorkingTemperatures {
    Optional<Double> maxWorkingTemperatureC(String specificationId);

    default Optional<RequalificationRecords> requalification(String specificationId) {
        return Optional.empty();
    }
}
