package org.specloop.ingest.parse;

import static org.specloop.calculations.motor.point.RigSampleValues.NOT_MEASURED;

import java.util.Arrays;
import org.specloop.ingest.Refusal;
import org.specloop.calculations.motor.efficiency.ElectricalInput;
import org.specloop.calculations.motor.point.RigSampleValues;

/**
 * The fields of one RigSample as they are read, and the schema's rules for them
 * (schemas/rig-sample.schema.json): ranges when a value is set, required fields and the one form of
 * electrical input when the sample is complete. Both readers of a sample, {@link SampleScanner} and
 * Jackson's streaming parser in {@link SampleParser}, fill one of these, so a sample means the same
 * and is refused with the same words whichever of them read it. One per sample; not shared.
 */
final class SampleFields {

    static final int MESSAGE_ID = 0;
    static final int RUN_ID = 1;
    static final int POINT_ID = 2;
    static final int SEQUENCE = 3;
    static final int TIME = 4;
    static final int SPEED = 5;
    static final int TORQUE = 6;
    static final int INPUT_POWER = 7;
    static final int LINE_VOLTAGES = 8;
    static final int PHASE_CURRENTS = 9;
    static final int POWER_FACTOR = 10;
    static final int WINDING = 11;
    static final int COOLANT = 12;
    static final int MAGNET = 13;
    static final int VIBRATION = 14;
    static final int BACK_EMF = 15;

    static final String[] NAMES = {"messageId", "runId", "pointId", "sequence", "time", "speedRpm", "torqueNm",
            "inputPowerW", "lineVoltagesV", "phaseCurrentsA", "powerFactor", "windingTemperatureC",
            "coolantTemperatureC", "magnetTemperatureC", "vibrationVelocityMmS", "backEmfLineVoltageRmsV"};

    /** Lower and upper bound per numeric field (for the triples: of each of their three values). */
    private static final double[] MIN = {0, 0, 0, 0, 0, 0, -1_000_000, 0, 0, 0, 0, -60, -60, -60, 0, 0};
    private static final double[] MAX = {0, 0, 0, 0, 0, 100_000, 1_000_000, 100_000_000, 50_000, 100_000, 1, 400, 400,
            400, 1000, 50_000};

    private final double[] values = new double[NAMES.length];
    private boolean messageId;
    private String runId;
    private String pointId;
    private long sequence = -1;
    private double timeS = Double.NaN;
    private double[] voltages;
    private double[] currents;

    SampleFields() {
        Arrays.fill(values, NOT_MEASURED);
    }

    /** @return the field's index in {@link #NAMES}, or -1 for a field the schema does not have */
    static int index(String name) {
        for (int k = 0; k < NAMES.length; k++) {
            if (NAMES[k].equals(name)) {
                return k;
            }
        }
        return -1;
    }

    static Refusal unknown(String name) {
        return new Refusal("unknown field '" + name + "'");
    }

    void messageIdSeen() {
        messageId = true;
    }

    void runId(String id) {
        runId = id;
    }

    void pointId(String id) {
        pointId = id;
    }

    void sequence(long v) {
        if (v < 0) {
            throw new Refusal("sequence must not be negative, was " + v);
        }
        sequence = v;
    }

    void time(double epochSeconds) {
        timeS = epochSeconds;
    }

    /** A plain number field (not an id, the sequence, the time or a triple). */
    void number(int field, double v) {
        values[field] = checked(NAMES[field], v, MIN[field], MAX[field]);
    }

    void triple(int field, double[] v) {
        if (field == LINE_VOLTAGES) {
            voltages = v;
        } else {
            currents = v;
        }
    }

    /** One of the three values of a triple; n counts from 0. */
    static double tripleValue(int field, int n, double v) {
        return checked(NAMES[field] + "[" + n + "]", v, MIN[field], MAX[field]);
    }

    private static double checked(String name, double v, double min, double max) {
        if (!(v >= min && v <= max)) {
            throw new Refusal(name + " " + v + " is out of range " + min + " .. " + max);
        }
        return v;
    }

    ParsedSample sample() {
        if (!messageId) {
            throw new Refusal("messageId is required");
        }
        required(runId, "runId");
        required(pointId, "pointId");
        if (Double.isNaN(timeS)) {
            throw new Refusal("time is required");
        }
        if (sequence < 0) {
            throw new Refusal("sequence is required");
        }
        double speed = values[SPEED];
        double torque = values[TORQUE];
        if (Double.isNaN(speed) || Double.isNaN(torque)) {
            throw new Refusal(Double.isNaN(speed) ? "speedRpm is required" : "torqueNm is required");
        }
        double backEmf = values[BACK_EMF];
        ElectricalInput input = input(values[INPUT_POWER], voltages, currents, values[POWER_FACTOR], backEmf);
        return new ParsedSample(runId, pointId, sequence, new RigSampleValues(timeS, speed, torque, input,
                values[WINDING], values[COOLANT], values[MAGNET], values[VIBRATION], backEmf));
    }

    private static ElectricalInput input(double power, double[] u, double[] i, double pf, double backEmf) {
        boolean threePhase = u != null || i != null || !Double.isNaN(pf);
        if (!Double.isNaN(power) && threePhase) {
            throw new Refusal("inputPowerW and the three-phase triple are exclusive: send one form of electrical input");
        }
        if (threePhase) {
            if (u == null || i == null || Double.isNaN(pf)) {
                throw new Refusal("lineVoltagesV, phaseCurrentsA and powerFactor go together: one is missing");
            }
            return ElectricalInput.ThreePhaseRms.ofLines(u[0], u[1], u[2], i[0], i[1], i[2], pf);
        }
        if (!Double.isNaN(power)) {
            return new ElectricalInput.Power(power);
        }
        if (Double.isNaN(backEmf)) {
            throw new Refusal("no electrical input: send inputPowerW, the three-phase triple, or backEmfLineVoltageRmsV");
        }
        return null;
    }

    private static void required(String value, String field) {
        if (value == null) {
            throw new Refusal(field + " is required");
        }
    }
}
