package org.specloop.command.lot.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.specloop.contracts.units.Characteristic;

/**
 * Relations that every IEC 60404 measurement of one sample at one temperature obeys, whatever the
 * grade, so a set that breaks one is a transcription or unit mistake (HcJ typed into the Hk column,
 * kOe sent as kA/m for one value), not a magnet:
 * <ul>
 * <li>Hk &lt;= HcJ: the knee lies on the J(H) curve where J is still 0.9 Br, before J reaches zero at HcJ;</li>
 * <li>HcB &lt;= HcJ: at H = -HcB the induction B = mu0 H + J is zero, so J = mu0 HcB is still positive;</li>
 * <li>HcB &lt;= Br / mu0: on the B(H) curve B falls from Br to zero no slower than the straight line of
 *     slope mu0 (J does not grow under a reverse field), which meets B = 0 at Br / mu0;</li>
 * <li>(BH)max &lt;= Br^2 / (4 mu0): the largest B*H under that same line is at B = Br/2.</li>
 * </ul>
 * Values are in the canonical units of Characteristic (T, kA/m, kJ/m3). Each bound is widened by
 * {@link #TOLERANCE}: labs report values rounded and each with its own uncertainty (about 1 % for Br and
 * a little more for the coercivities with a hysteresisgraph per IEC 60404-5), and a sound magnet can sit
 * close to a bound (HcB is close to HcJ when HcJ is below Br/mu0, e.g. N52), so a set is refused only when
 * it is outside by more than a measurement can explain.
 */
final class MagnetPhysics {

    /** A bound may be exceeded by this fraction (1 %) before a set is refused; see the class comment. */
    static final double TOLERANCE = 0.01;

    /** Vacuum permeability in T*m/A (SI 2019 value; the difference from 4 pi 1e-7 is far below TOLERANCE). */
    static final double MU0 = 1.25663706212e-6;

    private static final String BEYOND = " by more than the " + Math.round(TOLERANCE * 100)
            + " % a measurement may be off";

    private MagnetPhysics() {
    }

    /** One relation a set breaks: the property that is too large, and why, naming both values with units. */
    record Violation(Characteristic characteristic, String message) {
    }

    /** Every relation the given values break; properties not given are not checked. */
    static List<Violation> check(Map<Characteristic, Double> values) {
        List<Violation> violations = new ArrayList<>();
        Double br = values.get(Characteristic.BR);
        Double hcj = values.get(Characteristic.HCJ);
        Double hcb = values.get(Characteristic.HCB);
        Double hk = values.get(Characteristic.HK);
        Double bhMax = values.get(Characteristic.BH_MAX);
        if (hk != null && hcj != null && exceeds(hk, hcj)) {
            violations.add(new Violation(Characteristic.HK, beyond(
                    "Hk %s kA/m is above HcJ %s kA/m%s (the knee lies before the intrinsic coercivity)",
                    number(hk), number(hcj))));
        }
        if (hcb != null && hcj != null && exceeds(hcb, hcj)) {
            violations.add(new Violation(Characteristic.HCB, beyond(
                    "HcB %s kA/m is above HcJ %s kA/m%s (B reaches zero before J does)",
                    number(hcb), number(hcj))));
        }
        if (hcb != null && br != null && exceeds(hcb, hcbBound(br))) {
            violations.add(new Violation(Characteristic.HCB, beyond(
                    "HcB %s kA/m is above Br/mu0 = %s kA/m for Br %s T%s",
                    number(hcb), number(hcbBound(br)), number(br))));
        }
        if (bhMax != null && br != null && exceeds(bhMax, bhMaxBound(br))) {
            violations.add(new Violation(Characteristic.BH_MAX, beyond(
                    "(BH)max %s kJ/m3 is above Br^2/(4 mu0) = %s kJ/m3 for Br %s T%s",
                    number(bhMax), number(bhMaxBound(br)), number(br))));
        }
        return violations;
    }

    /** The reason with its values, and the tolerance it was judged with in place of the format's last %s. */
    private static String beyond(String format, Object... values) {
        Object[] withTolerance = java.util.Arrays.copyOf(values, values.length + 1);
        withTolerance[values.length] = BEYOND;
        return String.format(Locale.ROOT, format, withTolerance);
    }

    /** Br / mu0 in kA/m for Br in T. */
    static double hcbBound(double brTesla) {
        return brTesla / MU0 / 1000.0;
    }

    /** Br^2 / (4 mu0) in kJ/m3 for Br in T. */
    static double bhMaxBound(double brTesla) {
        return brTesla * brTesla / (4 * MU0) / 1000.0;
    }

    private static boolean exceeds(double value, double bound) {
        return value > bound * (1 + TOLERANCE);
    }

    /** At most four significant decimals, no trailing zeros: 1042.4795 kA/m, 1.31 T. */
    private static String number(double value) {
        return new java.math.BigDecimal(value).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString();
    }
}
