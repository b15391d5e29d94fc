package org.specloop.calculations.spc;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LotMeanChartTest {
    /** Phase I of 16 lots, steps judged with 8 lots a side: small enough to check by hand. */
    private static final LotMeanConfig SMALL = LotMeanConfig.defaults().withPhaseOneLots(16);

    @Test
    void sigmaIsTheLargerOfMovingRangeAndStandardDeviation() {
        // alternating: MR-bar = 2, MR-bar / d2 = 1.773; SD = sqrt(16 / 15) = 1.033 -> MR wins
        double[] alternating = Series.concat(repeat(new double[] {1, -1}, 8));
        assertThat(LotMeanChart.of(alternating, 0, SMALL).orElseThrow().sigma()).isCloseTo(2 / 1.128, within(1e-12));
        // two ramps 0, 0.2 .. 1.4: MR-bar = 4.2 / 15, / d2 = 0.248; SD = sqrt(3.36 / 15) = 0.473 -> SD wins
        double[] ramp = new double[16];
        for (int i = 0; i < ramp.length; i++) {
            ramp[i] = 0.2 * (i % 8);
        }
        LotMeanChart chart = LotMeanChart.of(ramp, 0, SMALL).orElseThrow();
        double sd = standardDeviation(ramp);
        assertThat(sd).isGreaterThan(mrSigma(ramp));
        assertThat(sd).isCloseTo(Math.sqrt(3.36 / 15), within(1e-12));
        assertThat(chart.sigma()).isCloseTo(sd, within(1e-12));
        assertThat(chart.limits().center()).isCloseTo(0.7, within(1e-12));
        assertThat(chart.limits().upper()).isCloseTo(0.7 + 3 * sd, within(1e-12));
    }

    @Test
    void anOutlierInPhaseOneIsCleanedBeforeTheLimitsFreeze() {
        double[] values = Series.concat(repeat(new double[] {1, -1}, 8), new double[] {0, 1});
        values[5] = 40;
        LotMeanChart chart = LotMeanChart.of(values, 0, SMALL).orElseThrow();
        assertThat(chart.excludedFromBaseline()).containsExactly(5);
        assertThat(chart.limits().center()).isCloseTo(1.0 / 15, within(1e-12));
        assertThat(chart.phaseOneComplete()).isTrue();
    }

    @Test
    void aStepInsidePhaseOneIsFoundAtItsOnsetAndLeftOutOfTheLimits() {
        LotMeanConfig config = LotMeanConfig.defaults().withPhaseOneLots(40);
        // 10 lots at 0 +- 0.5 (sigma 1 / d2 = 0.887), then 20 at 7 +- 0.5: lot 10 is 8.5 sigma off, a jump
        double[] values = Series.concat(repeat(new double[] {0.5, -0.5}, 5), Series.constant(20, 7.0));
        for (int i = 10; i < values.length; i++) {
            values[i] += i % 2 == 0 ? 0.5 : -0.5;
        }
        LotMeanChart chart = LotMeanChart.of(values, 0, config).orElseThrow();
        LotMeanChart.ChartSignal first = chart.firstDriftSignal().orElseThrow();
        assertThat(first.rule()).isEqualTo(LotMeanChart.PHASE_I_JUMP);
        assertThat(first.index()).isEqualTo(10);
        // the step search needs 8 lots a side, so when it first fires its split is the best one it may try yet
        assertThat(chart.driftSignals()).anySatisfy(s -> {
            assertThat(s.rule()).isEqualTo(LotMeanChart.PHASE_I_STEP);
            assertThat(s.onset()).isBetween(8, 10);
        });
        assertThat(chart.limits().center()).isCloseTo(0.0, within(1e-12));
        assertThat(chart.excludedFromBaseline()).hasSize(20).startsWith(10);
    }

    @Test
    void phaseTwoJudgesByTheActionLimitAndTheCusumNotByTheThreeSigmaLine() {
        double[] phaseOne = Series.concat(repeat(new double[] {1, -1}, 8));
        double sigma = 2 / 1.128;
        // 4 sigma is inside the 4.5 sigma action limit, 5 sigma is not; C+ = 3.2, 0, 4.2 stays below h = 5.5
        double[] values = Series.concat(phaseOne, new double[] {4 * sigma, -3 * sigma, 5 * sigma});
        LotMeanChart chart = LotMeanChart.of(values, 0, SMALL).orElseThrow();
        assertThat(chart.driftSignals()).extracting(LotMeanChart.ChartSignal::rule, LotMeanChart.ChartSignal::index)
                .containsExactly(org.assertj.core.api.Assertions.tuple(LotMeanChart.BEYOND_ACTION_LIMIT, 18));
        // a sustained 1.5 sigma shift adds 0.7 per lot to C+ (k = 0.8): above h = 5.5 at the 8th lot
        double[] shifted = Series.concat(phaseOne, Series.constant(10, 1.5 * sigma));
        LotMeanChart.ChartSignal cusum = LotMeanChart.of(shifted, 0, SMALL).orElseThrow().firstDriftSignal().orElseThrow();
        assertThat(cusum.rule()).isEqualTo(Cusum.UPPER);
        assertThat(cusum.index()).isEqualTo(16 + 7);
        assertThat(cusum.onset()).isEqualTo(16);
        assertThat(cusum.statistic()).isCloseTo(5.6, within(1e-9));
    }

    @Test
    void theCusumAndEwmaSeriesAreTheOnesThePhaseTwoSignalsWereJudgedOn() {
        double[] phaseOne = Series.concat(repeat(new double[] {1, -1}, 8));
        double sigma = 2 / 1.128;
        double[] shifted = Series.concat(phaseOne, Series.constant(10, 1.5 * sigma));
        LotMeanConfig withEwma = SMALL.withPhaseTwo(4.5, SMALL.cusum(), RuleSet.none(),
                Optional.of(new EwmaParameters(0.2, 3.0)));
        LotMeanChart chart = LotMeanChart.of(shifted, 0, withEwma).orElseThrow();
        // Phase I lots have no CUSUM: the series starts at lot 16; C+ grows 0.7 a lot, h = 5.5 passed at lot 23
        assertThat(chart.cusum()).hasSize(10).first().satisfies(s -> assertThat(s.index()).isEqualTo(16));
        assertThat(chart.cusum().get(0).upper()).isCloseTo(0.7, within(1e-9));
        assertThat(chart.cusum().get(7).upper()).isCloseTo(5.6, within(1e-9));
        assertThat(chart.cusum()).filteredOn(Cusum.Sums::signal).extracting(Cusum.Sums::index).containsExactly(23);
        // restarted after the signal
        assertThat(chart.cusum().get(8).upper()).isCloseTo(0.7, within(1e-9));
        // the EWMA in the lots' unit, started at the frozen centre, with the exact limits (factor lambda at the first lot)
        double center = chart.limits().center();
        Ewma.Point first = chart.ewma().get(0);
        assertThat(first.index()).isEqualTo(16);
        assertThat(first.value()).isCloseTo(center + 0.2 * (1.5 * sigma - center), within(1e-9));
        assertThat(first.upper()).isCloseTo(center + 3 * sigma * 0.2, within(1e-9));
        Ewma.Point signalled = chart.ewma().stream().filter(e -> e.value() > e.upper()).findFirst().orElseThrow();
        assertThat(chart.driftSignals()).anySatisfy(s -> {
            assertThat(s.rule()).isEqualTo(Ewma.UPPER);
            assertThat(s.index()).isEqualTo(signalled.index());
        });
        // without Phase II lots there is nothing to draw
        LotMeanChart phaseOneOnly = LotMeanChart.of(phaseOne, 0, withEwma).orElseThrow();
        assertThat(phaseOneOnly.cusum()).isEmpty();
        assertThat(phaseOneOnly.ewma()).isEmpty();
    }

    @Test
    void aLargeMovingRangeIsASpreadSignalNotADrift() {
        double[] phaseOne = Series.concat(repeat(new double[] {1, -1}, 8));
        double sigma = 2 / 1.128;
        // moving ranges 3.66, then 7.09 above D4 * MR-bar = 6.53; C+ 0.7 then 0, C- 0 then 1.7
        double[] values = Series.concat(phaseOne, new double[] {1.5 * sigma, -2.5 * sigma});
        LotMeanChart chart = LotMeanChart.of(values, 0, SMALL).orElseThrow();
        assertThat(chart.spreadSignals()).extracting(LotMeanChart.ChartSignal::rule).containsExactly(IndividualsChart.MOVING_RANGE_ABOVE_UCL);
        assertThat(chart.spreadSignals().get(0).index()).isEqualTo(17);
        assertThat(chart.driftSignals()).isEmpty();
        assertThat(chart.movingRangeLimits().upper()).isCloseTo(3.267 * 2, within(1e-9));
    }

    @Test
    void monitoringRestartsAfterARejectedAlarm() {
        double[] phaseOne = Series.concat(repeat(new double[] {1, -1}, 8));
        double sigma = 2 / 1.128;
        double[] values = Series.concat(phaseOne, Series.constant(12, 1.5 * sigma));
        assertThat(LotMeanChart.of(values, 0, SMALL).orElseThrow().firstDriftSignal().orElseThrow().index()).isEqualTo(23);
        // rejected at lot 23: the CUSUM starts again at 24 and needs 8 more lots, which have not come yet
        assertThat(LotMeanChart.of(values, 24, SMALL).orElseThrow().firstDriftSignal()).isEmpty();
        assertThat(LotMeanChart.of(Series.concat(values, Series.constant(4, 1.5 * sigma)), 24, SMALL).orElseThrow()
                .firstDriftSignal().orElseThrow().index()).isEqualTo(31);
    }

    @Test
    void twoLotsOrNoVariationMakeNoChart() {
        assertThat(LotMeanChart.of(new double[] {1}, 0, SMALL)).isEmpty();
        assertThat(LotMeanChart.of(new double[] {1, 1, 1}, 0, SMALL)).isEmpty();
        assertThat(LotMeanChart.of(new double[] {1, 2}, 0, SMALL).map(LotMeanChart::phaseOneComplete)).isEqualTo(Optional.of(false));
    }

    private static double[] repeat(double[] period, int times) {
        double[] out = new double[0];
        for (int i = 0; i < times; i++) {
            out = Series.concat(out, period);
        }
        return out;
    }

    private static double standardDeviation(double[] v) {
        double mean = java.util.Arrays.stream(v).average().orElseThrow();
        return Math.sqrt(java.util.Arrays.stream(v).map(x -> (x - mean) * (x - mean)).sum() / (v.length - 1));
    }

    private static double mrSigma(double[] v) {
        double sum = 0;
        for (int i = 1; i < v.length; i++) {
            sum += Math.abs(v[i] - v[i - 1]);
        }
        return sum / (v.length - 1) / 1.128;
    }
}
