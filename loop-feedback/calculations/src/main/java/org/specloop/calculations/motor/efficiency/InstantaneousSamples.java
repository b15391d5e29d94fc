package org.specloop.calculations.motor.efficiency;

import static org.specloop.calculations.motor.Checks.finite;

/**
 * Active power from instantaneous voltage and current samples: P = sum over channels of
 * mean(v * i). With three phase-to-neutral channels this is the three-wattmeter method;
 * with two channels whose voltages are referred to the third line it is the two-wattmeter
 * (Aron) method. The window must span a whole number of supply periods, otherwise the
 * mean carries a ripple term and the result is biased.
 *
 * <p>Only the power is kept, so a window of waveform data is not held in memory after use.
 */
public final class InstantaneousSamples implements ElectricalInput {

    private final double activePowerW;
    private final int channels;
    private final int samplesPerChannel;

    private InstantaneousSamples(double activePowerW, int channels, int samplesPerChannel) {
        this.activePowerW = activePowerW;
        this.channels = channels;
        this.samplesPerChannel = samplesPerChannel;
    }

    /**
     * @param voltagesV one row of voltage samples per channel, V
     * @param currentsA one row of current samples per channel, same shape, A
     */
    public static InstantaneousSamples of(double[][] voltagesV, double[][] currentsA) {
        if (voltagesV.length == 0 || voltagesV.length != currentsA.length) {
            throw new IllegalArgumentException("need the same, non-zero number of voltage and current channels, had "
                    + voltagesV.length + " voltage and " + currentsA.length + " current channels");
        }
        int n = voltagesV[0].length;
        double power = 0.0;
        for (int ch = 0; ch < voltagesV.length; ch++) {
            double[] v = voltagesV[ch];
            double[] i = currentsA[ch];
            if (n == 0 || v.length != n || i.length != n) {
                throw new IllegalArgumentException("channel " + (ch + 1)
                        + ": voltage and current rows must be non-empty and of equal length " + n
                        + ", were " + v.length + " and " + i.length);
            }
            double sum = 0.0;
            for (int k = 0; k < n; k++) {
                sum += finite("voltage sample", v[k], "V") * finite("current sample", i[k], "A");
            }
            power += sum / n;
        }
        if (power < 0.0) {
            throw new IllegalArgumentException("active power from samples is negative (" + power
                    + " W): the machine is generating, motoring efficiency does not apply");
        }
        return new InstantaneousSamples(power, voltagesV.length, n);
    }

    @Override
    public double activePowerW() {
        return activePowerW;
    }

    public int channels() {
        return channels;
    }

    public int samplesPerChannel() {
        return samplesPerChannel;
    }

    @Override
    public String toString() {
        return "InstantaneousSamples[activePowerW=" + activePowerW + ", channels=" + channels
                + ", samplesPerChannel=" + samplesPerChannel + "]";
    }
}
