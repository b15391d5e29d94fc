package org.specloop.calculations.spc;

/** A run rule over a series standardized as z = (x - center) / sigma. */
public interface RunRule {

    /** Stable identifier used in signals, e.g. NELSON_2. */
    String id();

    String description();

    /** Whether the pattern is complete at point i, looking only at points up to i. */
    boolean completesAt(double[] z, int i);
}
