package org.specloop.query.motordesign;

import java.time.Instant;

/** A motor design as listed: its current version and the magnet spec that version names. */
public record MotorDesignSummary(String designId, String name, int version, String specificationId, String definedBy,
                                 Instant definedAt, String changedBy, Instant changedAt) {
}
