package org.specloop.query.motorresult;

import java.time.Instant;
import java.util.List;

/**
 * One motor's run on the rig: which motor, design and magnet lots, and what each operating point measured.
 * verdict is FAIL when any point failed a requirement, PASS otherwise, NOT_MEASURED before any point.
 */
public record RunResult(String runId, String motorSerial, String motorDesign, String rigId, Double ratedPowerKw,
                        List<String> installedLots, Instant startedAt, Instant finishedAt, boolean completed,
                        int pointsRecorded, String verdict, List<PointResult> points) {
}
