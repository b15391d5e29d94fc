package org.specloop.query.sourcing;

import java.util.Collection;

/** Market-concentration arithmetic on counts. */
final class Concentration {
    private Concentration() {
    }

    public static double share(long part, long whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }

    /** Herfindahl-Hirschman index on percentage shares: 10000 for one supplier, 10000/n for n equal ones. */
    public static double hhi(Collection<Long> counts) {
        long total = counts.stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return 0.0;
        }
        return counts.stream().mapToDouble(c -> Math.pow(100.0 * c / total, 2)).sum();
    }
}
