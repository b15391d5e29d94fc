package org.specloop.contracts.motordesign;

import org.specloop.contracts.common.EventVersion;

import java.time.Instant;

@EventVersion("1")
public record MotorDesignDefined(String designId, String name, int version, MotorRequirements requirements,
                                 String author, Instant definedAt) {
}
