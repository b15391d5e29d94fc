package org.specloop.calculations.regression;

/**
 * A fitted straight line with what is needed to put intervals around it.
 *
 * <p>{@code xCentre} and {@code sxx} describe the leverage of a point: for a fit with
 * intercept they are the mean of x and the centred sum of squares; through the origin they
 * are 0 and the raw sum of x squared, so one formula serves both models. For a fit through
 * the origin the intercept is 0, its standard error NaN, and R^2 is the uncentred one
 * (1 - SSE / sum y^2), the convention of R and most packages for that model.
 */
public record LinearFit(FitModel model, int n, double intercept, double slope,
                        double interceptStandardError, double slopeStandardError,
                        double rSquared, double residualStandardError,
                        double xCentre, double sxx) {

    public int degreesOfFreedom() {
        return model == FitModel.WITH_INTERCEPT ? n - 2 : n - 1;
    }

    public double predict(double x) {
        return intercept + slope * x;
    }

    /** Standard error of the predicted mean response, or of one new observation, at x. */
    public double standardError(double x, IntervalKind kind) {
        double d = x - xCentre;
        double leverage = (model == FitModel.WITH_INTERCEPT ? 1.0 / n : 0.0) + d * d / sxx;
        double factor = kind == IntervalKind.NEW_OBSERVATION ? 1.0 + leverage : leverage;
        return residualStandardError * Math.sqrt(factor);
    }
}
