package org.specloop.command.motordesign;

/**
 * Which magnet specifications exist. A design's requirements name the spec its rotor magnets follow; a
 * design on a spec that does not exist would never get transfer functions or derived limits, and the
 * loop would stay silent about it, so the design is refused instead.
 */
public interface MagnetSpecs {

    boolean exists(String specificationId);
}
