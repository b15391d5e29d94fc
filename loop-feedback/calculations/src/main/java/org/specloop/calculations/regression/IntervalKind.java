package org.specloop.calculations.regression;

/** What an interval around the fitted line is meant to cover. */
public enum IntervalKind {
    /** The mean of y at x (confidence interval for the line itself). */
    MEAN_RESPONSE,
    /** One future observation of y at x: what every single motor must satisfy. */
    NEW_OBSERVATION
}
