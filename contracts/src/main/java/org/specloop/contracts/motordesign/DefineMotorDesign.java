package org.specloop.contracts.motordesign;

/** Defines a motor design with its first requirements (version 1). */
public record DefineMotorDesign(String designId, String name, MotorRequirements requirements, String author) {
}
