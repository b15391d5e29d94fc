package org.specloop.calculations.transfer;

import org.specloop.calculations.regression.LinearFit;

import java.util.List;

/**
 * The fit of one relation for one design, and the magnet limit it implies. fit is null when there
 * are too few points; derivedLimit is null unless status is DERIVED (rounded is the same value
 * rounded to the safe side); band samples the fitted line and its one-sided bound across the data.
 */
public record TransferAnalysis(TransferRelation relation, MotorBound bound, double confidence,
                               List<TransferPoint> points, LinearFit fit, TransferStatus status, LimitSide side,
                               Double derivedLimit, Double roundedLimit, List<BandPoint> band, String explanation) {

    public TransferAnalysis {
        points = List.copyOf(points);
        band = band == null ? List.of() : List.copyOf(band);
    }

    public int n() {
        return points.size();
    }

    public boolean derived() {
        return status == TransferStatus.DERIVED;
    }
}
