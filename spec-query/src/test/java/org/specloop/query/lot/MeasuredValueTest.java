package org.specloop.query.lot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Locale;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class MeasuredValueTest {

    @ParameterizedTest
    @CsvSource({
            "1.32, 1.32", "1.3200, 1.32", "1615.4131, 1615.4131", "1615.41315, 1615.4132", "700.0, 700", "0, 0",
            "-0.55, -0.55", "-0.00001, -0", "0.00004, 0", "0.00005, 0.0001", "1e20, 100000000000000000000",
            "12345.67894999, 12345.6789", "2.5E-4, 0.0003"})
    void upToFourDecimalsWithoutTrailingZeros(double value, String text) {
        assertThat(MeasuredValue.number(value)).isEqualTo(text);
    }

    @Test
    void theSameTextAsTheFormatterWithItsZerosCut() {
        SplittableRandom random = new SplittableRandom(24);
        for (int i = 0; i < 200_000; i++) {
            double value = switch (i % 4) {
                case 0 -> random.nextDouble(-2000, 2000);
                case 1 -> Math.round(random.nextDouble(-2000, 2000) * 100_000) / 100_000.0;
                case 2 -> random.nextDouble(-1e-3, 1e-3);
                default -> Math.round(random.nextDouble(0, 20) * 10_000) / 10_000.0 + 0.00005;
            };
            assertThat(MeasuredValue.number(value)).as("%s", value).isEqualTo(formatted(value));
        }
        for (double special : new double[]{-0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.MAX_VALUE, Double.MIN_VALUE}) {
            assertThat(MeasuredValue.number(special)).as("%s", special).isEqualTo(formatted(special));
        }
    }

    /** The rule as it was first written. */
    private static String formatted(double value) {
        String text = String.format(Locale.ROOT, "%.4f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }
}
