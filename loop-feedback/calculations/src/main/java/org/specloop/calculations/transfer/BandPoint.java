package org.specloop.calculations.transfer;

/** The fitted line at x with its one-sided prediction bound, for drawing the band. */
public record BandPoint(double x, double fitted, double bound) {
}
