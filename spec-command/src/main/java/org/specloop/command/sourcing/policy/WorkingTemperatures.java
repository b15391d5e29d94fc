package org.specloop.command.sourcing.policy;

import java.util.Optional;

/** What the requalification saga needs to know about a spec: its maximum working temperature. */
interface WorkingTemperatures {
    Optional<Double> maxWorkingTemperatureC(String specificationId);
}
