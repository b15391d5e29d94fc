package org.specloop.calculations.motor.efficiency;

import static org.specloop.calculations.motor.Checks.nonNegative;

import org.specloop.calculations.motor.Shaft;

/**
 * Motor efficiency per IEC 60034-2-1, with the two powers it was computed from kept
 * beside it so that a verdict can always show its evidence.
 *
 * @param outputPowerW shaft output power, W
 * @param inputPowerW  electrical input power (direct) or output plus losses (indirect), W
 */
public record Efficiency(double outputPowerW, double inputPowerW) {

    public Efficiency {
        nonNegative("output power", outputPowerW, "W");
        nonNegative("input power", inputPowerW, "W");
        if (inputPowerW == 0.0) {
            throw new IllegalArgumentException("input power is zero: efficiency is undefined");
        }
        if (outputPowerW > inputPowerW) {
            throw new IllegalArgumentException("output power " + outputPowerW + " W exceeds input power "
                    + inputPowerW + " W: efficiency would be above 100 %, which is not physical");
        }
    }

    /** Direct method: eta = P_out / P_in with P_out = T * 2 pi n / 60. */
    public static Efficiency direct(double torqueNm, double speedRpm, ElectricalInput input) {
        return new Efficiency(outputPower(torqueNm, speedRpm), input.activePowerW());
    }

    /** Indirect method (summation of losses): eta = P_out / (P_out + sum of losses). */
    public static Efficiency indirect(double outputPowerW, Losses losses) {
        nonNegative("output power", outputPowerW, "W");
        return new Efficiency(outputPowerW, outputPowerW + losses.totalW());
    }

    public static Efficiency indirect(double torqueNm, double speedRpm, Losses losses) {
        return indirect(outputPower(torqueNm, speedRpm), losses);
    }

    public double ratio() {
        return outputPowerW / inputPowerW;
    }

    public double percent() {
        return 100.0 * ratio();
    }

    public double totalLossesW() {
        return inputPowerW - outputPowerW;
    }

    private static double outputPower(double torqueNm, double speedRpm) {
        double p = Shaft.powerW(torqueNm, speedRpm);
        if (p < 0.0) {
            throw new IllegalArgumentException("torque " + torqueNm + " N*m and speed " + speedRpm
                    + " rpm give negative shaft power " + p + " W: the machine is braking, not motoring");
        }
        return p;
    }
}
