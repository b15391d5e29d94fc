package org.specloop.calculations.motor.verdict;

import static org.specloop.calculations.motor.Checks.finite;
import static org.specloop.calculations.motor.Checks.nonNegative;
import static org.specloop.calculations.motor.Checks.positive;

import java.util.Objects;

import org.specloop.calculations.motor.ieclass.IeClass;
import org.specloop.contracts.rig.ThermalClass;
import org.specloop.contracts.rig.Mounting;
import org.specloop.contracts.rig.VibrationGrade;

/** One motor requirement that an operating-point result can be judged against. */
public sealed interface Requirement {

    /** A short human-readable statement of the requirement, shown next to its verdict. */
    String describe();

    /** @param percent minimum efficiency, % */
    record MinEfficiency(double percent) implements Requirement {
        public MinEfficiency {
            finite("minimum efficiency", percent, "%");
        }

        public String describe() {
            return "efficiency >= " + percent + " %";
        }
    }

    /** The IE class minimum of the rated motor, from the loaded table or the formula. */
    record MinIeClass(IeClass ieClass, double ratedPowerW, int poles, double frequencyHz) implements Requirement {
        public MinIeClass {
            Objects.requireNonNull(ieClass, "ieClass");
            positive("rated power", ratedPowerW, "W");
            positive("rated frequency", frequencyHz, "Hz");
        }

        public String describe() {
            return "efficiency class " + ieClass + " (" + ratedPowerW / 1000.0 + " kW, " + poles + " poles, "
                    + frequencyHz + " Hz)";
        }
    }

    /** @param minVsPerRad lower Ke bound, @param maxVsPerRad upper Ke bound, both V*s/rad (U_LL,rms / omega_mech) */
    record KeWindow(double minVsPerRad, double maxVsPerRad) implements Requirement {
        public KeWindow {
            nonNegative("Ke minimum", minVsPerRad, "V*s/rad");
            finite("Ke maximum", maxVsPerRad, "V*s/rad");
            if (maxVsPerRad < minVsPerRad) {
                throw new IllegalArgumentException("Ke window is empty: max " + maxVsPerRad + " < min " + minVsPerRad);
            }
        }

        public String describe() {
            return minVsPerRad + " <= Ke <= " + maxVsPerRad + " V*s/rad";
        }
    }

    /** @param maxRiseK maximum winding temperature rise, K */
    record MaxTemperatureRise(double maxRiseK) implements Requirement {
        public MaxTemperatureRise {
            finite("maximum temperature rise", maxRiseK, "K");
        }

        public String describe() {
            return "temperature rise <= " + maxRiseK + " K";
        }
    }

    record ThermalClassRise(ThermalClass thermalClass) implements Requirement {
        public ThermalClassRise {
            Objects.requireNonNull(thermalClass, "thermalClass");
        }

        public String describe() {
            return "temperature rise within thermal class " + thermalClass;
        }
    }

    /** @param shaftHeightMm shaft height H, mm */
    record Vibration(VibrationGrade grade, Mounting mounting, double shaftHeightMm) implements Requirement {
        public Vibration {
            Objects.requireNonNull(grade, "grade");
            Objects.requireNonNull(mounting, "mounting");
            finite("shaft height", shaftHeightMm, "mm");
        }

        public String describe() {
            return "vibration grade " + grade + ", " + mounting.name().toLowerCase() + " mounting, H = "
                    + shaftHeightMm + " mm";
        }
    }

    /**
     * The result judged is the no-load point after the hot overload; Ke before is the
     * same motor's no-load Ke measured before it, at the same magnet temperature.
     *
     * @param maxLossPercent   maximum demagnetization loss, %
     * @param keBeforeVsPerRad Ke before the overload, V*s/rad
     */
    record MaxDemagnetizationLoss(double maxLossPercent, double keBeforeVsPerRad) implements Requirement {
        public MaxDemagnetizationLoss {
            finite("maximum demagnetization loss", maxLossPercent, "%");
            positive("Ke before", keBeforeVsPerRad, "V*s/rad");
        }

        public String describe() {
            return "demagnetization loss <= " + maxLossPercent + " %";
        }
    }
}
