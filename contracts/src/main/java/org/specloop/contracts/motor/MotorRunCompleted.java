package org.specloop.contracts.motor;

import org.specloop.contracts.common.EventVersion;

import java.time.Instant;
import java.util.List;

/** A rig run is finished and all its operating points are recorded. */
@EventVersion("1")
public record MotorRunCompleted(String runId, String motorSerial, String motorDesign, List<String> installedLots,
                                int pointsRecorded, Instant finishedAt) {

    public MotorRunCompleted {
        installedLots = installedLots == null ? List.of() : List.copyOf(installedLots);
    }
}
