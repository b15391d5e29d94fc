package org.specloop.calculations.spc;

/** The building blocks shared by the Western Electric and Nelson rules. */
final class Patterns {

    private Patterns() {
    }

    /**
     * At least {@code need} of the last {@code window} points beyond {@code limit} on one side,
     * with point i among them, so a pattern is reported once, where it first completes.
     * Near the start the window is shortened: two of two beyond 2 sigma is still a signal.
     */
    static boolean beyondOnOneSide(double[] z, int i, int window, int need, double limit) {
        return beyond(z, i, window, need, limit, 1.0) || beyond(z, i, window, need, limit, -1.0);
    }

    private static boolean beyond(double[] z, int i, int window, int need, double limit, double side) {
        if (side * z[i] <= limit) {
            return false;
        }
        int count = 0;
        for (int j = Math.max(0, i - window + 1); j <= i; j++) {
            if (side * z[j] > limit) {
                count++;
            }
        }
        return count >= need;
    }

    /** {@code length} points in a row strictly on one side of the center line. */
    static boolean sameSide(double[] z, int i, int length) {
        if (i < length - 1) {
            return false;
        }
        double side = Math.signum(z[i]);
        for (int j = i - length + 1; j <= i; j++) {
            if (side == 0.0 || Math.signum(z[j]) != side) {
                return false;
            }
        }
        return true;
    }

    /** {@code length} points in a row all rising or all falling. */
    static boolean trend(double[] z, int i, int length) {
        if (i < length - 1) {
            return false;
        }
        double direction = Math.signum(z[i] - z[i - 1]);
        for (int j = i - length + 2; j <= i; j++) {
            if (direction == 0.0 || Math.signum(z[j] - z[j - 1]) != direction) {
                return false;
            }
        }
        return true;
    }

    /** {@code length} points in a row alternating up and down. */
    static boolean alternating(double[] z, int i, int length) {
        if (i < length - 1) {
            return false;
        }
        for (int j = i - length + 2; j <= i; j++) {
            double step = Math.signum(z[j] - z[j - 1]);
            if (step == 0.0 || (j > i - length + 2 && step == Math.signum(z[j - 1] - z[j - 2]))) {
                return false;
            }
        }
        return true;
    }

    /** {@code length} points in a row all inside (or all outside) +-limit. */
    static boolean allInside(double[] z, int i, int length, double limit, boolean inside) {
        if (i < length - 1) {
            return false;
        }
        for (int j = i - length + 1; j <= i; j++) {
            boolean isInside = Math.abs(z[j]) < limit;
            boolean isOutside = Math.abs(z[j]) > limit;
            if (inside ? !isInside : !isOutside) {
                return false;
            }
        }
        return true;
    }
}
