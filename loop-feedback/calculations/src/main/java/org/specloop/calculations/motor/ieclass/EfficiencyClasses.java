package org.specloop.calculations.motor.ieclass;

import static org.specloop.calculations.motor.Checks.finite;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * IE class minima and classification: a row of the loaded table when there is one, the
 * IEC 60034-30-1 interpolation formula otherwise. The table wins because it is the
 * normative value; the formula only fills the gaps between table ratings.
 */
public final class EfficiencyClasses {

    private final EfficiencyClassTable table;

    public EfficiencyClasses(EfficiencyClassTable table) {
        this.table = table;
    }

    public static EfficiencyClasses withBundledTable() {
        return new EfficiencyClasses(EfficiencyClassTable.bundled());
    }

    /**
     * @param ratedPowerW rated output power P_N, W
     * @param frequencyHz rated supply frequency, Hz
     */
    public MinimumEfficiency minimumFor(IeClass ieClass, double ratedPowerW, int poles, double frequencyHz) {
        OptionalDouble fromTable = table.find(ieClass, ratedPowerW, poles, frequencyHz);
        if (fromTable.isPresent()) {
            return new MinimumEfficiency.Covered(ieClass, fromTable.getAsDouble(), MinimumEfficiency.Source.TABLE);
        }
        MinimumEfficiency fromFormula = IeFormula.minimumEfficiency(ieClass, ratedPowerW, poles, frequencyHz);
        if (fromFormula instanceof MinimumEfficiency.NotCovered nc) {
            return new MinimumEfficiency.NotCovered(ieClass, "no table row for " + ratedPowerW / 1000.0 + " kW, "
                    + poles + " poles, " + frequencyHz + " Hz, " + ieClass + "; " + nc.reason());
        }
        return fromFormula;
    }

    /**
     * The highest IE class whose minimum the measured efficiency meets. The measured value
     * is compared as given; round it to 0.1 % first if the declaration requires that.
     *
     * @param measuredEfficiencyPercent measured efficiency, %
     */
    public IeClassification classify(double ratedPowerW, int poles, double frequencyHz,
                                     double measuredEfficiencyPercent) {
        finite("measured efficiency", measuredEfficiencyPercent, "%");
        if (measuredEfficiencyPercent < 0.0 || measuredEfficiencyPercent > 100.0) {
            throw new IllegalArgumentException("measured efficiency must be between 0 and 100 %, was "
                    + measuredEfficiencyPercent + " %");
        }
        List<MinimumEfficiency> minima = new ArrayList<>();
        Optional<IeClass> highest = Optional.empty();
        for (IeClass c : IeClass.values()) {
            MinimumEfficiency m = minimumFor(c, ratedPowerW, poles, frequencyHz);
            minima.add(m);
            if (m instanceof MinimumEfficiency.Covered cov && measuredEfficiencyPercent >= cov.percent()) {
                highest = Optional.of(c);
            }
        }
        return new IeClassification(measuredEfficiencyPercent, highest, minima);
    }
}
