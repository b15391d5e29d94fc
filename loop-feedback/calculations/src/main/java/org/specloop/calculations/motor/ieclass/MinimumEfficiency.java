package org.specloop.calculations.motor.ieclass;

/**
 * The minimum efficiency of one IE class for one rating, or the explicit statement that
 * neither the loaded table nor the formula covers that rating. A rating outside the
 * standard's reach is an answer a user must see, not a failure deep in a calculation.
 */
public sealed interface MinimumEfficiency {

    IeClass ieClass();

    /** Where a minimum came from: a loaded table row wins over the interpolation formula. */
    enum Source { TABLE, FORMULA }

    /** @param percent minimum efficiency, %, to 0.1 as the standard states it */
    record Covered(IeClass ieClass, double percent, Source source) implements MinimumEfficiency {
    }

    record NotCovered(IeClass ieClass, String reason) implements MinimumEfficiency {
    }
}
