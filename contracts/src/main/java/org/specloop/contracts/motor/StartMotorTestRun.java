package org.specloop.contracts.motor;

import org.specloop.contracts.rig.Mounting;
import org.specloop.contracts.rig.ThermalClass;
import org.specloop.contracts.rig.VibrationGrade;

import java.time.Instant;
import java.util.List;

/**
 * A motor goes on the rig: the rating data from RunStarted plus the requirements its results are
 * judged against. minimumIeClass ("IE3" ...) and maxDemagnetizationLossPercent come from the
 * site's configuration, because RunStarted does not carry them; null means "not required".
 */
public record StartMotorTestRun(String runId, String rigId, String motorSerial, String motorDesign,
                                double ratedPowerKw, int poles, double frequencyHz, ThermalClass thermalClass,
                                int shaftHeightMm, Mounting mounting, VibrationGrade vibrationGrade,
                                List<String> installedLots, String minimumIeClass,
                                Double maxDemagnetizationLossPercent, Instant startedAt) {

    public StartMotorTestRun {
        installedLots = installedLots == null ? List.of() : List.copyOf(installedLots);
    }
}
