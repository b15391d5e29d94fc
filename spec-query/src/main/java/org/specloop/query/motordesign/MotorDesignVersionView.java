package org.specloop.query.motordesign;

import java.time.Instant;

/** One version of a design's requirements, with who made it and why (version 1 has no reason). */
public record MotorDesignVersionView(String designId, int version, RequirementsView requirements, String reason,
                                     String author, Instant recordedAt) {
}
