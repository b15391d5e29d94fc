package org.specloop.contracts.motordesign;

import org.specloop.contracts.common.EventVersion;

import java.time.Instant;

@EventVersion("1")
public record MotorDesignRequirementsRevised(String designId, int version, MotorRequirements requirements,
                                             String reason, String author, Instant revisedAt) {
}
