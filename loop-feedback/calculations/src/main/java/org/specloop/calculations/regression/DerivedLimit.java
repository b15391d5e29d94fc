package org.specloop.calculations.regression;

/** Outcome of turning a requirement on y into a limit on x. */
public sealed interface DerivedLimit {

    /**
     * The limit on x. {@code atBracketEdge} means the requirement was already met at the end
     * of the searched bracket, so the true limit may lie beyond it: widen the bracket or
     * treat the value as the edge of the evidence.
     */
    record Found(double x, boolean atBracketEdge) implements DerivedLimit {
    }

    record NoSolution(String reason) implements DerivedLimit {
    }
}
