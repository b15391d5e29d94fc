package org.specloop.calculations.motor.verdict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;
import org.specloop.calculations.motor.ieclass.EfficiencyClasses;
import org.specloop.calculations.motor.ieclass.IeClass;
import org.specloop.calculations.motor.point.OperatingPointResult;
import org.specloop.contracts.rig.ThermalClass;
import org.specloop.contracts.rig.Mounting;
import org.specloop.contracts.rig.VibrationGrade;

class RequirementChecksTest {

    private static final OptionalDouble NONE = OptionalDouble.empty();
    private final RequirementChecks verdicts = new RequirementChecks(EfficiencyClasses.withBundledTable());

    /** 11 kW 4-pole at rated load: eta 91.63 %, 1.5 mm/s, rise 75 K at 40 degC coolant. */
    private static OperatingPointResult loaded(double coolantC) {
        return new OperatingPointResult("run-1", "rated", 1000, 0, 10, 1470, 71.5, 11006, OptionalDouble.of(12012),
                OptionalDouble.of(91.63), OptionalDouble.of(1.5), OptionalDouble.of(coolantC + 75),
                OptionalDouble.of(coolantC), OptionalDouble.of(75), OptionalDouble.of(80), false, NONE, List.of());
    }

    /** No-load point after a hot overload, Ke 1.2478 V*s/rad. */
    private static OperatingPointResult noLoadAfterOverload() {
        return new OperatingPointResult("run-1", "no-load", 1000, 0, 10, 1500, 0.05, 7.9, OptionalDouble.of(300),
                NONE, NONE, NONE, NONE, NONE, OptionalDouble.of(20), true, OptionalDouble.of(1.2478), List.of());
    }

    private RequirementCheck judge(OperatingPointResult r, Requirement q) {
        return verdicts.evaluate(r, q);
    }

    @Test
    void minimumEfficiency() {
        assertThat(judge(loaded(40), new Requirement.MinEfficiency(91.0)).outcome()).isEqualTo(Outcome.PASS);
        RequirementCheck fail = judge(loaded(40), new Requirement.MinEfficiency(92.0));
        assertThat(fail.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(fail.measured()).hasValue(91.63);
        assertThat(fail.lowerLimit()).hasValue(92.0);
        assertThat(fail.unit()).isEqualTo("%");
    }

    @Test
    void ieClassAgainstThe11kWCheckValues() {
        RequirementCheck ie3 = judge(loaded(40), new Requirement.MinIeClass(IeClass.IE3, 11_000, 4, 50));
        RequirementCheck ie4 = judge(loaded(40), new Requirement.MinIeClass(IeClass.IE4, 11_000, 4, 50));

        assertThat(ie3.outcome()).isEqualTo(Outcome.PASS);
        assertThat(ie3.lowerLimit()).hasValue(91.4);
        assertThat(ie3.note()).contains("highest class met: IE3");
        assertThat(ie4.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(ie4.lowerLimit()).hasValue(93.3);
    }

    @Test
    void ieClassOutsideCoverageIsNotApplicable() {
        RequirementCheck v = judge(loaded(40), new Requirement.MinIeClass(IeClass.IE3, 500_000, 4, 50));

        assertThat(v.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(v.note()).contains("outside the formula range");
    }

    @Test
    void temperatureRiseByClassAndByValue() {
        RequirementCheck b = judge(loaded(40), new Requirement.ThermalClassRise(ThermalClass.B));
        assertThat(b.outcome()).isEqualTo(Outcome.PASS);
        assertThat(b.upperLimit()).hasValue(80.0);
        assertThat(b.note()).isEmpty();
        assertThat(judge(loaded(40), new Requirement.MaxTemperatureRise(70)).outcome()).isEqualTo(Outcome.FAIL);
        assertThat(judge(loaded(45), new Requirement.ThermalClassRise(ThermalClass.F)).note())
                .contains("no coolant correction applied");
    }

    @Test
    void vibrationPassFailAndNotApplicable() {
        assertThat(judge(loaded(40), new Requirement.Vibration(VibrationGrade.A, Mounting.FREE, 132)).outcome())
                .isEqualTo(Outcome.PASS);
        RequirementCheck b = judge(loaded(40), new Requirement.Vibration(VibrationGrade.B, Mounting.FREE, 132));
        assertThat(b.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(b.upperLimit()).hasValue(0.7);
        RequirementCheck rigid = judge(loaded(40), new Requirement.Vibration(VibrationGrade.B, Mounting.RIGID, 132));
        assertThat(rigid.outcome()).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(rigid.upperLimit()).isEmpty();
    }

    @Test
    void keWindowAndDemagnetizationAtNoLoad() {
        RequirementCheck window = judge(noLoadAfterOverload(), new Requirement.KeWindow(1.25, 1.30));
        assertThat(window.outcome()).isEqualTo(Outcome.FAIL);
        assertThat(window.lowerLimit()).hasValue(1.25);
        assertThat(window.upperLimit()).hasValue(1.30);
        assertThat(judge(noLoadAfterOverload(), new Requirement.KeWindow(1.2, 1.3)).outcome()).isEqualTo(Outcome.PASS);

        // 100 * (4/pi - 1.2478) / (4/pi) = 1.99802 %
        RequirementCheck demag = judge(noLoadAfterOverload(), new Requirement.MaxDemagnetizationLoss(2.5, 4 / Math.PI));
        assertThat(demag.outcome()).isEqualTo(Outcome.PASS);
        assertThat(demag.measured().getAsDouble()).isCloseTo(1.99802, within(1e-5));
        assertThat(judge(noLoadAfterOverload(), new Requirement.MaxDemagnetizationLoss(1.5, 4 / Math.PI)).outcome())
                .isEqualTo(Outcome.FAIL);
    }

    @Test
    void missingEvidenceIsNotMeasured() {
        List<RequirementCheck> v = verdicts.evaluate(loaded(40), List.of(
                new Requirement.KeWindow(1.2, 1.3), new Requirement.MaxDemagnetizationLoss(2, 1.27)));
        assertThat(v).extracting(RequirementCheck::outcome).containsExactly(Outcome.NOT_MEASURED, Outcome.NOT_MEASURED);
        assertThat(v.get(0).note()).contains("no-load");
        assertThat(judge(noLoadAfterOverload(), new Requirement.MinEfficiency(90)).outcome())
                .isEqualTo(Outcome.NOT_MEASURED);
    }

    @Test
    void requirementsRefuseNonsense() {
        assertThatThrownBy(() -> new Requirement.KeWindow(1.3, 1.2)).hasMessageContaining("Ke window is empty");
        assertThatThrownBy(() -> new Requirement.MaxDemagnetizationLoss(2, 0)).hasMessageContaining("Ke before");
    }
}
