package org.specloop.query.motordesign;

import java.util.List;

/** A design with its current version's requirements and the numbers of all its versions. */
public record MotorDesignView(MotorDesignSummary design, MotorDesignVersionView current, List<Integer> versions) {
}
