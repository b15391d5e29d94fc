package org.specloop.loop.policy;

import org.specloop.calculations.transfer.BandPoint;

import java.util.List;

/**
 * One fitted relation of one design, ready to draw and to attach as evidence: the scatter (each
 * motor with its lots), the model and its quality, the one-sided band, the derived limit and the
 * spec limit it is set against. Numbers that do not exist yet (no fit, no limit) are null.
 * temperatureC is where the magnet property was measured (the x axis); limitTemperatureC the spec line the
 * proposed and effective limits stand on, which differs when the derived limit was moved onto the spec's
 * existing line for the characteristic (the explanation says how). totalPoints is the number of runs in the
 * relation; an answer of the newest runs ({@link #lastRuns}) shows fewer points.
 */
public record TransferFunctionView(String designId, int designVersion, String specificationId, String relation,
                                   String characteristic, double temperatureC, String unit, String response,
                                   String responseUnit, String requirement, String model, String physics, String status,
                                   String explanation, int n, Double intercept, Double slope, Double interceptStandardError,
                                   Double slopeStandardError, Double rSquared, Double residualStandardError,
                                   double confidence, String limitSide, String limitKey, Double limitTemperatureC,
                                   Double derivedLimit,
                                   Double proposedLimit, Double effectiveLimit, Double deadBand,
                                   List<Point> points, List<BandPoint> band, List<String> motors, List<String> lots,
                                   int totalPoints) {

    /**
     * The newest runs' points only (points are in the order the rig recorded them); the fit, its band, the
     * motors and lots it was made of and totalPoints stay the whole relation's. The relation of a design with
     * 10,000 motors was about 2 MB of JSON, written for every reader (the plant benchmark at 10^6: p99 213 ms).
     */
    public TransferFunctionView lastRuns(int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("a relation shows at least one run, not " + runs);
        }
        if (runs >= points.size()) {
            return this;
        }
        return new TransferFunctionView(designId, designVersion, specificationId, relation, characteristic, temperatureC,
                unit, response, responseUnit, requirement, model, physics, status, explanation, n, intercept, slope,
                interceptStandardError, slopeStandardError, rSquared, residualStandardError, confidence, limitSide,
                limitKey, limitTemperatureC, derivedLimit, proposedLimit, effectiveLimit, deadBand,
                List.copyOf(points.subList(points.size() - runs, points.size())), band, motors, lots, totalPoints);
    }


    public record Point(String motorSerial, String runId, List<String> lots, double x, double y) {
    }
}
