package org.specloop.contracts.motor;

import org.specloop.contracts.common.EventVersion;
import org.specloop.contracts.rig.Mounting;
import org.specloop.contracts.rig.ThermalClass;
import org.specloop.contracts.rig.VibrationGrade;

import java.time.Instant;
import java.util.List;

/**
 * A rig run began: which motor, on which rig, with which magnet lots, its rating, and the
 * requirements every operating point of the run is judged against.
 */
@EventVersion("1")
public record MotorTestRunStarted(String runId, String rigId, String motorSerial, String motorDesign,
                                  double ratedPowerKw, int poles, double frequencyHz, ThermalClass thermalClass,
                                  int shaftHeightMm, Mounting mounting, VibrationGrade vibrationGrade,
                                  List<String> installedLots, String minimumIeClass,
                                  Double maxDemagnetizationLossPercent, Instant startedAt) {

    public MotorTestRunStarted {
        installedLots = installedLots == null ? List.of() : List.copyOf(installedLots);
    }
}
