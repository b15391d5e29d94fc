package org.specloop.contracts.rig;

import java.time.Instant;

/**
 * The rig moves to a new operating point; samples that follow name its pointId. Speed and torque
 * are in percent of rated, as IEC 60034-2-3 names its standard points (e.g. 90 % speed, 100 % torque).
 */
public record OperatingPointChanged(String messageId, String runId, String pointId, OperatingPointKind kind,
                                    double speedPercent, double torquePercent, Instant at) implements RigRunMessage {
}
