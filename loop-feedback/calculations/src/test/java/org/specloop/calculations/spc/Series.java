package org.specloop.calculations.spc;

import java.util.Arrays;
import java.util.stream.DoubleStream;

/** Test series in sigma units around center 0. */
final class Series {

    /*
     * One period of in-control filler, chosen to fire no rule: sides mix, at most 3 points
     * rise or fall in a row, the up/down alternation breaks every few points, and the single
     * 1.5 keeps runs inside 1 sigma at 7 points.
     */
    static final double[] NEUTRAL_PERIOD = {0.4, -0.6, 0.2, 0.5, -0.3, 1.5, -0.4, 0.1};

    private Series() {
    }

    static double[] neutral(int periods) {
        double[] out = new double[0];
        for (int i = 0; i < periods; i++) {
            out = concat(out, NEUTRAL_PERIOD);
        }
        return out;
    }

    /** Two periods of filler, the pattern, two periods of filler. */
    static double[] embedded(double... pattern) {
        return concat(neutral(2), pattern, neutral(2));
    }

    static double[] concat(double[]... parts) {
        return Arrays.stream(parts).flatMapToDouble(DoubleStream::of).toArray();
    }

    static double[] constant(int n, double value) {
        double[] out = new double[n];
        Arrays.fill(out, value);
        return out;
    }
}
