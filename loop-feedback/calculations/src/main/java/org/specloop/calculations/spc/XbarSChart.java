package org.specloop.calculations.spc;

import java.util.ArrayList;
import java.util.List;
import org.specloop.calculations.stats.Descriptive;

/** Xbar-S chart for subgroups of equal size n >= 2; Phase I builds it, Phase II monitors. */
public record XbarSChart(int subgroupSize, double grandMean, double averageStandardDeviation,
                         int baselineSubgroups) {

    public static final String S_ABOVE_UCL = "S_ABOVE_UCL";
    public static final String S_BELOW_LCL = "S_BELOW_LCL";

    public static XbarSChart phaseOne(double[][] subgroups) {
        int n = requireEqualSizes(subgroups);
        double sumMeans = 0.0;
        double sumSd = 0.0;
        for (double[] subgroup : subgroups) {
            Descriptive d = Descriptive.of(subgroup);
            sumMeans += d.mean();
            sumSd += d.standardDeviation();
        }
        double sBar = sumSd / subgroups.length;
        if (!(sBar > 0.0)) {
            throw new IllegalArgumentException("subgroups show no variation; limits cannot be set");
        }
        return new XbarSChart(n, sumMeans / subgroups.length, sBar, subgroups.length);
    }

    /** Process sigma estimated as S-bar / c4. */
    public double sigma() {
        return averageStandardDeviation / SpcConstants.c4(subgroupSize);
    }

    public ControlLimits xbarLimits() {
        double half = SpcConstants.a3(subgroupSize) * averageStandardDeviation;
        return new ControlLimits(grandMean - half, grandMean, grandMean + half);
    }

    public ControlLimits sLimits() {
        return new ControlLimits(SpcConstants.b3(subgroupSize) * averageStandardDeviation,
                averageStandardDeviation, SpcConstants.b4(subgroupSize) * averageStandardDeviation);
    }

    /**
     * Phase II: run rules on the subgroup means (sigma of a mean is sigma / sqrt(n), so rule 1
     * is the A3 limit), plus the S chart limits. Indices are subgroup indices.
     */
    public List<Signal> monitor(double[][] subgroups, RuleSet rules) {
        if (requireEqualSizes(subgroups) != subgroupSize) {
            throw new IllegalArgumentException("subgroups must have size " + subgroupSize);
        }
        double[] means = new double[subgroups.length];
        List<Signal> sSignals = new ArrayList<>();
        ControlLimits sLimits = sLimits();
        for (int i = 0; i < subgroups.length; i++) {
            Descriptive d = Descriptive.of(subgroups[i]);
            means[i] = d.mean();
            if (d.standardDeviation() > sLimits.upper()) {
                sSignals.add(new Signal(S_ABOVE_UCL, i));
            } else if (d.standardDeviation() < sLimits.lower()) {
                sSignals.add(new Signal(S_BELOW_LCL, i));
            }
        }
        List<Signal> signals = new ArrayList<>(rules.evaluate(means, grandMean, sigma() / Math.sqrt(subgroupSize)));
        signals.addAll(sSignals);
        signals.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return signals;
    }

    private static int requireEqualSizes(double[][] subgroups) {
        if (subgroups == null || subgroups.length == 0) {
            throw new IllegalArgumentException("need at least one subgroup");
        }
        int n = subgroups[0].length;
        for (int i = 0; i < subgroups.length; i++) {
            if (subgroups[i].length != n) {
                throw new IllegalArgumentException("subgroup " + i + " has size " + subgroups[i].length
                        + ", expected " + n);
            }
        }
        if (n < 2) {
            throw new IllegalArgumentException("subgroup size must be at least 2, got " + n);
        }
        return n;
    }
}
