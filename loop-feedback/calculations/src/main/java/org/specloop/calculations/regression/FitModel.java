package org.specloop.calculations.regression;

/** Which straight line is fitted. */
public enum FitModel {
    /** y = a + b x. */
    WITH_INTERCEPT,
    /** y = b x, for relations physics pins to the origin (back-EMF constant Ke ~ Br). */
    THROUGH_ORIGIN
}
