package org.specloop.calculations.spc;

import java.util.OptionalDouble;
import org.specloop.calculations.stats.Descriptive;

/**
 * Process capability. Cp/Cpk use the within (short-term) sigma, Pp/Ppk the overall sample
 * standard deviation. Cp and Pp need both limits and are empty for a one-sided spec; Cpk and
 * Ppk then use the one side there is.
 */
public record Capability(double mean, double withinSigma, double overallSigma,
                         OptionalDouble cp, double cpk, OptionalDouble pp, double ppk) {

    public static Capability of(double mean, double withinSigma, double overallSigma, SpecLimits spec) {
        if (!(withinSigma > 0.0) || !(overallSigma > 0.0)) {
            throw new IllegalArgumentException("sigmas must be > 0");
        }
        return new Capability(mean, withinSigma, overallSigma,
                potential(spec, withinSigma), performance(spec, mean, withinSigma),
                potential(spec, overallSigma), performance(spec, mean, overallSigma));
    }

    /** Individual values: within sigma from MR-bar / d2. */
    public static Capability ofIndividuals(double[] values, SpecLimits spec) {
        Descriptive.requireFiniteSample(values, 2);
        double within = IndividualsChart.averageMovingRange(values) / SpcConstants.D2_MOVING_RANGE;
        Descriptive d = Descriptive.of(values);
        return of(d.mean(), within, d.standardDeviation(), spec);
    }

    /** Subgroups: within sigma is the pooled standard deviation. */
    public static Capability ofSubgroups(double[][] subgroups, SpecLimits spec) {
        double ss = 0.0;
        int df = 0;
        int total = 0;
        for (double[] subgroup : subgroups) {
            Descriptive.requireFiniteSample(subgroup, 2);
            ss += Descriptive.sumOfSquaredDeviations(subgroup, Descriptive.mean(subgroup));
            df += subgroup.length - 1;
            total += subgroup.length;
        }
        double[] all = new double[total];
        int k = 0;
        for (double[] subgroup : subgroups) {
            System.arraycopy(subgroup, 0, all, k, subgroup.length);
            k += subgroup.length;
        }
        // Divided by c4(df + 1) so that it is unbiased for sigma, like MR-bar / d2 and S-bar / c4.
        double pooled = Math.sqrt(ss / df) / SpcConstants.c4(df + 1);
        Descriptive d = Descriptive.of(all);
        return of(d.mean(), pooled, d.standardDeviation(), spec);
    }

    private static OptionalDouble potential(SpecLimits spec, double sigma) {
        if (spec.lower().isEmpty() || spec.upper().isEmpty()) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of((spec.upper().getAsDouble() - spec.lower().getAsDouble()) / (6.0 * sigma));
    }

    private static double performance(SpecLimits spec, double mean, double sigma) {
        double upper = spec.upper().isPresent()
                ? (spec.upper().getAsDouble() - mean) / (3.0 * sigma) : Double.POSITIVE_INFINITY;
        double lower = spec.lower().isPresent()
                ? (mean - spec.lower().getAsDouble()) / (3.0 * sigma) : Double.POSITIVE_INFINITY;
        return Math.min(upper, lower);
    }
}
