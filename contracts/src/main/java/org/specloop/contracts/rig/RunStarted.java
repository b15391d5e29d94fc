package org.specloop.contracts.rig;

import java.time.Instant;
import java.util.List;

/**
 * A motor goes on the rig. It carries the rating data the IEC 60034 calculations need later
 * (class tables by power and poles, rise limit by thermal class, vibration limit by shaft height,
 * mounting and grade) and the magnet lots built into this motor, which close the loop.
 */
public record RunStarted(String messageId, String runId, String rigId, String motorSerial, String motorDesign,
                         double ratedPowerKw, int poles, double frequencyHz, ThermalClass thermalClass,
                         int shaftHeightMm, Mounting mounting, VibrationGrade vibrationGrade,
                         List<String> installedLots, Instant startedAt) implements RigRunMessage {

    public RunStarted {
        installedLots = installedLots == null ? List.of() : List.copyOf(installedLots);
    }
}
