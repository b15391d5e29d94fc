package org.specloop.calculations.spc;

import java.util.OptionalDouble;

/** Lower and/or upper specification limit; a missing one makes the spec one-sided. */
public record SpecLimits(OptionalDouble lower, OptionalDouble upper) {

    public SpecLimits {
        if (lower.isEmpty() && upper.isEmpty()) {
            throw new IllegalArgumentException("at least one specification limit is required");
        }
        if (lower.isPresent() && upper.isPresent() && !(lower.getAsDouble() < upper.getAsDouble())) {
            throw new IllegalArgumentException("lower spec limit must be below the upper one");
        }
    }

    public static SpecLimits between(double lower, double upper) {
        return new SpecLimits(OptionalDouble.of(lower), OptionalDouble.of(upper));
    }

    public static SpecLimits atLeast(double lower) {
        return new SpecLimits(OptionalDouble.of(lower), OptionalDouble.empty());
    }

    public static SpecLimits atMost(double upper) {
        return new SpecLimits(OptionalDouble.empty(), OptionalDouble.of(upper));
    }
}
