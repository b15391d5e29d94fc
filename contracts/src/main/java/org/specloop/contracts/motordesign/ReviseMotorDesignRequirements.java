package org.specloop.contracts.motordesign;

/** Replaces the requirements of a motor design by a new version; the reason is kept with it. */
public record ReviseMotorDesignRequirements(String designId, MotorRequirements requirements, String reason,
                                            String author) {
}
