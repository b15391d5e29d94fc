package org.specloop.calculations.motor.efficiency;

import static org.specloop.calculations.motor.Checks.finite;
import static org.specloop.calculations.motor.Checks.nonNegative;

/**
 * Electrical input power of a motor under test, in one of the forms a rig reports it.
 * Negative active power (the machine generating) is refused: the motoring efficiency of
 * IEC 60034-2-1 is not defined for it.
 */
public sealed interface ElectricalInput
        permits ElectricalInput.Power, ElectricalInput.ThreePhaseRms, InstantaneousSamples {

    /** Active input power, in W. */
    double activePowerW();

    /** Active power read directly from a power analyzer, in W. */
    record Power(double watts) implements ElectricalInput {
        public Power {
            nonNegative("electrical input power", watts, "W");
        }

        @Override
        public double activePowerW() {
            return watts;
        }
    }

    /**
     * Three-phase rms quantities: P = sqrt(3) * U_LL * I_L * cos(phi). The product
     * holds for star and delta alike because it uses line quantities; it assumes a
     * balanced, sinusoidal supply, which is what a line-fed efficiency test prescribes.
     *
     * @param lineToLineVoltageV line-to-line rms voltage U_LL, V
     * @param lineCurrentA       line rms current I_L, A
     * @param powerFactor        cos(phi), 0 to 1
     */
    record ThreePhaseRms(double lineToLineVoltageV, double lineCurrentA, double powerFactor)
            implements ElectricalInput {
        public ThreePhaseRms {
            nonNegative("line-to-line rms voltage", lineToLineVoltageV, "V");
            nonNegative("line rms current", lineCurrentA, "A");
            finite("power factor", powerFactor, "(cos phi)");
            if (powerFactor < 0.0 || powerFactor > 1.0) {
                throw new IllegalArgumentException("power factor must be between 0 and 1, was "
                        + powerFactor + (powerFactor < 0.0 ? " (negative means generating)" : ""));
            }
        }

        /**
         * From the three line-to-line voltages and three line currents, averaged as
         * IEC 60034-2-1 averages them, so a slight unbalance does not bias one phase.
         */
        public static ThreePhaseRms ofLines(double u12, double u23, double u31,
                                            double i1, double i2, double i3, double powerFactor) {
            return new ThreePhaseRms((u12 + u23 + u31) / 3.0, (i1 + i2 + i3) / 3.0, powerFactor);
        }

        @Override
        public double activePowerW() {
            return Math.sqrt(3.0) * lineToLineVoltageV * lineCurrentA * powerFactor;
        }
    }
}
