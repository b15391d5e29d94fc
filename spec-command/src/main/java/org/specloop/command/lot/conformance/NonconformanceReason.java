package org.specloop.command.lot.conformance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import org.specloop.command.kernel.SystemText;
import org.specloop.contracts.common.TextLimits;
import org.specloop.contracts.lot.CharacteristicResult;
import org.specloop.contracts.specification.CharacteristicLimit;

/**
 * Words for a hold, so that whoever looks at a held lot sees at once what failed by how much,
 * e.g. "HcJ at 20 degC: min 1498.2 kA/m below 1592 kA/m (2 of 5 samples)".
 */
public final class NonconformanceReason {

    private NonconformanceReason() {
    }

    /**
     * One part per failing limit, within TextLimits.REASON however many limits fail (a specification may
     * have many, at several temperatures): what does not fit is counted, "and 12 more".
     */
    public static String of(List<CharacteristicResult> failures) {
        return SystemText.join(failures.stream().map(NonconformanceReason::describe).toList(), "; ", TextLimits.REASON);
    }

    static String describe(CharacteristicResult result) {
        CharacteristicLimit limit = result.limit();
        String unit = "1".equals(limit.unit()) ? "" : " " + limit.unit();
        List<String> parts = new ArrayList<>();
        long total = result.samples().size();
        if (limit.min() != null && result.observedMin() < limit.min()) {
            long below = result.samples().stream().filter(s -> s.value() < limit.min()).count();
            parts.add("min " + number(result.observedMin()) + unit + " below " + number(limit.min()) + unit
                    + " (" + below + " of " + total + " samples)");
        }
        if (limit.max() != null && result.observedMax() > limit.max()) {
            long above = result.samples().stream().filter(s -> s.value() > limit.max()).count();
            parts.add("max " + number(result.observedMax()) + unit + " above " + number(limit.max()) + unit
                    + " (" + above + " of " + total + " samples)");
        }
        return limit.characteristic().symbol() + " at " + number(limit.testTemperatureC()) + " degC: "
                + String.join(", ", parts);
    }

    /** Six significant digits: enough for any magnet property, without binary floating-point noise. */
    static String number(double value) {
        return new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
