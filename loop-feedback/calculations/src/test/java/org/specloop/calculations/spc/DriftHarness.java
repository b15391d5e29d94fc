package org.specloop.calculations.spc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * A simulated plant for the drift watch: each source delivers lots whose means of Br, (BH)max and
 * HcJ vary from lot to lot (Br and (BH)max correlated 0.9, one cause; HcJ its own), and the watch
 * is run as the loop runs it: online, one drift change per source and cause while it is open, and
 * after a false alarm is rejected monitoring restarts with the next lot. Shifts are in lot-to-lot
 * sigma of the lot means. Seeded: the same seed gives the same figures.
 */
final class DriftHarness {
    static final double RHO_BR_BHMAX = 0.9;
    /** Lot means of Br in T, (BH)max in kJ/m3, HcJ in kA/m: center and lot-to-lot sigma. */
    private static final double[][] PLANT = {{1.240, 0.0062}, {298.0, 3.1}, {2030.0, 22.4}};
    private static final int BR = 0;
    private static final int BH_MAX = 1;
    private static final int HCJ = 2;
    private static final int[][] CAUSES = {{BR, BH_MAX}, {HCJ}};
    /** Lots after the drift's start that are watched before a trial counts as not detected. */
    static final int HORIZON = 60;

    /** A rule set under test: the index of the first drift signal at or after monitorFrom, or -1. */
    record Watch(String name, int phaseOneLots, BiFunction<double[], Integer, Integer> firstSignal) {

        static Watch lotMean(String name, LotMeanConfig config) {
            return new Watch(name, config.phaseOneLots(), (means, from) -> LotMeanChart.of(means, from, config)
                    .flatMap(LotMeanChart::firstDriftSignal).map(LotMeanChart.ChartSignal::index).orElse(-1));
        }

        /** The watch before issue 19: Phase I of 20 lots never cleaned, MR-bar sigma, every signal a drift. */
        static Watch legacy(DriftConfig config) {
            return new Watch("legacy: Phase I 20, WE1-4 + CUSUM(0.5, 5) + EWMA(0.2, 3) + MR", 20, (means, from) ->
                    PhasedChart.individuals(means, 20, config).stream().flatMap(c -> c.phaseTwoSignals().stream())
                            .filter(s -> s.index() >= from).map(Signal::index).findFirst().orElse(-1));
        }
    }

    private final SplittableRandom random;

    DriftHarness(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /** Lot means of one source, shift (in sigma) added to Br from lot onset on. */
    double[][] source(int lots, int onset, double shift) {
        double[][] means = new double[3][lots];
        for (int i = 0; i < lots; i++) {
            double common = gaussian();
            double br = common;
            double bh = RHO_BR_BHMAX * common + Math.sqrt(1 - RHO_BR_BHMAX * RHO_BR_BHMAX) * gaussian();
            double hcj = gaussian();
            double drift = i >= onset ? shift : 0;
            means[BR][i] = PLANT[BR][0] + PLANT[BR][1] * (br + drift);
            means[BH_MAX][i] = PLANT[BH_MAX][0] + PLANT[BH_MAX][1] * bh;
            means[HCJ][i] = PLANT[HCJ][0] + PLANT[HCJ][1] * hcj;
        }
        return means;
    }

    /** Drift changes the watch raises on one source's lots, each rejected at once (they are all false here). */
    static int changes(Watch watch, double[][] means) {
        int raised = 0;
        for (int[] cause : CAUSES) {
            int from = 0;
            while (true) {
                int first = firstOfCause(watch, means, cause, from);
                if (first < 0) {
                    break;
                }
                raised++;
                from = first + 1;
            }
        }
        return raised;
    }

    /** Lots from the drift's start to the Br cause's first change, counting both; false alarms before are rejected. */
    static int delay(Watch watch, double[][] means, int onset) {
        int from = 0;
        while (true) {
            int first = firstOfCause(watch, means, CAUSES[0], from);
            if (first < 0) {
                return Integer.MAX_VALUE;
            }
            if (first >= onset) {
                return first - onset + 1;
            }
            from = first + 1;
        }
    }

    private static int firstOfCause(Watch watch, double[][] means, int[] cause, int from) {
        int first = -1;
        for (int characteristic : cause) {
            int index = watch.firstSignal().apply(means[characteristic], from);
            if (index >= 0 && (first < 0 || index < first)) {
                first = index;
            }
        }
        return first;
    }

    /** False drift changes per 1,000 stable lots per source, all characteristics and rules together. */
    double falseChangesPer1000Lots(Watch watch, int sources) {
        long raised = 0;
        for (int s = 0; s < sources; s++) {
            raised += changes(watch, source(1000, Integer.MAX_VALUE, 0));
        }
        return raised / (double) sources;
    }

    /** Delays of a shift that starts at onset, one per trial (Integer.MAX_VALUE when not found within HORIZON). */
    int[] delays(Watch watch, int trials, int onset, double shift) {
        int[] delays = new int[trials];
        for (int t = 0; t < trials; t++) {
            int d = delay(watch, source(onset + HORIZON, onset, shift), onset);
            delays[t] = d > HORIZON ? Integer.MAX_VALUE : d;
        }
        return delays;
    }

    static double within(int[] delays, int lots) {
        long hits = java.util.Arrays.stream(delays).filter(d -> d <= lots).count();
        return hits / (double) delays.length;
    }

    /** Mean delay, undetected trials counted as HORIZON + 1 (so a lower bound when any were missed). */
    static double averageRunLength(int[] delays) {
        return java.util.Arrays.stream(delays).mapToDouble(d -> d == Integer.MAX_VALUE ? HORIZON + 1 : d).average()
                .orElse(Double.NaN);
    }

    /** One row of the ARL table: false changes per 1,000 lots, then ARL and P(within n) per shift in Phase II. */
    record Row(String watch, double falsePer1000, List<String> cells) {
        String format() {
            return String.format(Locale.ROOT, "| %s | %.2f | %s |", watch, falsePer1000, String.join(" | ", cells));
        }
    }

    Row row(Watch watch, int sources, int trials) {
        double falsePer1000 = falseChangesPer1000Lots(watch, sources);
        List<String> cells = new ArrayList<>();
        int onset = watch.phaseOneLots() + 20;
        for (double shift : new double[] {1, 2, 3, 6}) {
            int[] d = delays(watch, trials, onset, shift);
            cells.add(String.format(Locale.ROOT, "%.1f / %.0f %%", averageRunLength(d), 100 * within(d, shift >= 6 ? 2 : 10)));
        }
        int[] phaseOne = delays(watch, trials, (int) Math.round(0.3 * watch.phaseOneLots()), 2);
        cells.add(String.format(Locale.ROOT, "%.0f %%", 100 * within(phaseOne, 20)));
        return new Row(watch.name(), falsePer1000, cells);
    }

    static String header() {
        return "| rule set | false changes per 1,000 lots | 1 sigma: ARL / P(<= 10) | 2 sigma: ARL / P(<= 10)"
                + " | 3 sigma: ARL / P(<= 10) | 6 sigma: ARL / P(<= 2) | 2 sigma from 30 % into Phase I: P(<= 20) |\n"
                + "|---|---|---|---|---|---|---|";
    }

    private double gaussian() {
        // Marsaglia polar method: SplittableRandom has no nextGaussian in Java 17
        double u;
        double v;
        double s;
        do {
            u = 2 * random.nextDouble() - 1;
            v = 2 * random.nextDouble() - 1;
            s = u * u + v * v;
        } while (s >= 1 || s == 0);
        return u * Math.sqrt(-2 * Math.log(s) / s);
    }
}
