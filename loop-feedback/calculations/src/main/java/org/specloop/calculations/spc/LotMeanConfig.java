package org.specloop.calculations.spc;

import java.util.Optional;

/**
 * How a lot-mean chart learns its limits and what it watches. Sigma units are the lot-to-lot
 * sigma of the lot means (see {@link LotMeanChart}).
 *
 * @param phaseOneLots   lots whose means set the frozen limits; 100 estimate sigma within about 7 %
 *                       (relative standard error 1 / sqrt(2 (n - 1)))
 * @param minSegmentLots lots each side of a split before the Phase I step search judges it
 * @param stepThreshold  two-sample t-like statistic over which a step inside Phase I is a drift
 * @param jumpSigma      a Phase I lot this far from the running baseline is a drift at once
 * @param actionSigma    Phase II: a lot mean this far from the center is a drift
 * @param cusum          Phase II tabular CUSUM, k and h in sigma
 * @param runRules       Phase II run rules (Western Electric, Nelson) beside the action limit
 * @param ewma           Phase II EWMA chart
 */
public record LotMeanConfig(int phaseOneLots, int minSegmentLots, double stepThreshold, double jumpSigma,
                            double actionSigma, Optional<CusumParameters> cusum, RuleSet runRules,
                            Optional<EwmaParameters> ewma) {

    public LotMeanConfig {
        if (phaseOneLots < 2 * minSegmentLots || minSegmentLots < 2) {
            throw new IllegalArgumentException("need minSegmentLots >= 2 and phaseOneLots >= 2 * minSegmentLots, got "
                    + phaseOneLots + " and " + minSegmentLots);
        }
        if (!(stepThreshold > 0) || !(jumpSigma > 0) || !(actionSigma > 0)) {
            throw new IllegalArgumentException("thresholds must be > 0");
        }
        if (cusum == null || runRules == null || ewma == null) {
            throw new IllegalArgumentException("cusum, runRules and ewma must not be null (use Optional.empty())");
        }
    }

    /** The defaults chosen from the ARL table of docs/loop.md. */
    public static LotMeanConfig defaults() {
        return new LotMeanConfig(100, 8, 4.5, 6.0, 4.5, Optional.of(new CusumParameters(0.8, 5.5)), RuleSet.none(),
                Optional.empty());
    }

    public LotMeanConfig withPhaseOneLots(int lots) {
        return new LotMeanConfig(lots, minSegmentLots, stepThreshold, jumpSigma, actionSigma, cusum, runRules, ewma);
    }

    public LotMeanConfig withPhaseTwo(double actionSigma, Optional<CusumParameters> cusum, RuleSet runRules,
                                      Optional<EwmaParameters> ewma) {
        return new LotMeanConfig(phaseOneLots, minSegmentLots, stepThreshold, jumpSigma, actionSigma, cusum, runRules, ewma);
    }
}
