package org.specloop.calculations.motor.point;

import static org.specloop.calculations.motor.point.RigSampleValues.measured;

import java.util.Objects;
import java.util.stream.Collector;

import org.specloop.calculations.motor.Shaft;

/**
 * Streaming accumulator of rig samples for one run and one operating point. It keeps only
 * running sums, extremes and the latest coolant reading, so memory stays constant however
 * many samples arrive, and two partial aggregates of the same point can be merged in any
 * grouping (parallel streams, partitions of a topic) with the result of a single pass.
 *
 * <p>Not thread-safe: give each thread its own instance and merge them.
 */
public final class OperatingPointAggregator {

    private final String runId;
    private final String operatingPointId;
    private final PointSettings settings;

    long count;
    double startTimeS = Double.POSITIVE_INFINITY;
    double endTimeS = Double.NEGATIVE_INFINITY;
    final CompensatedSum speed = new CompensatedSum();
    final CompensatedSum torque = new CompensatedSum();
    final CompensatedSum outputPower = new CompensatedSum();
    /** Input and output power summed only over samples that have both, so eta pairs like with like. */
    long powerCount;
    final CompensatedSum inputPower = new CompensatedSum();
    final CompensatedSum pairedOutputPower = new CompensatedSum();
    long vibrationCount;
    final CompensatedSum vibrationSquares = new CompensatedSum();
    double maxWindingC = Double.NaN;
    double coolantC = Double.NaN;
    double coolantTimeS = Double.NEGATIVE_INFINITY;
    long magnetCount;
    final CompensatedSum magnet = new CompensatedSum();
    /** Speed summed over the back-EMF samples only, so Ke divides voltage by its own speed. */
    long emfCount;
    final CompensatedSum emf = new CompensatedSum();
    final CompensatedSum emfSpeed = new CompensatedSum();

    public OperatingPointAggregator(String runId, String operatingPointId, PointSettings settings) {
        this.runId = Objects.requireNonNull(runId, "runId");
        this.operatingPointId = Objects.requireNonNull(operatingPointId, "operatingPointId");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public void accept(RigSampleValues s) {
        count++;
        startTimeS = Math.min(startTimeS, s.timeS());
        endTimeS = Math.max(endTimeS, s.timeS());
        speed.add(s.speedRpm());
        torque.add(s.torqueNm());
        double pOut = Shaft.powerW(s.torqueNm(), s.speedRpm());
        outputPower.add(pOut);
        if (s.input() != null) {
            powerCount++;
            inputPower.add(s.input().activePowerW());
            pairedOutputPower.add(pOut);
        }
        if (measured(s.vibrationMmPerS())) {
            vibrationCount++;
            vibrationSquares.add(s.vibrationMmPerS() * s.vibrationMmPerS());
        }
        if (measured(s.windingC())) {
            maxWindingC = measured(maxWindingC) ? Math.max(maxWindingC, s.windingC()) : s.windingC();
        }
        if (measured(s.coolantC()) && s.timeS() >= coolantTimeS) {
            coolantC = s.coolantC();
            coolantTimeS = s.timeS();
        }
        if (measured(s.magnetC())) {
            magnetCount++;
            magnet.add(s.magnetC());
        }
        if (measured(s.backEmfLineToLineRmsV())) {
            emfCount++;
            emf.add(s.backEmfLineToLineRmsV());
            emfSpeed.add(s.speedRpm());
        }
    }

    /** A new aggregate of both inputs; neither input is changed. */
    public OperatingPointAggregator merge(OperatingPointAggregator other) {
        if (!runId.equals(other.runId) || !operatingPointId.equals(other.operatingPointId)
                || !settings.equals(other.settings)) {
            throw new IllegalArgumentException("cannot merge aggregates of different points: "
                    + runId + "/" + operatingPointId + " and " + other.runId + "/" + other.operatingPointId
                    + " (or different settings)");
        }
        OperatingPointAggregator m = new OperatingPointAggregator(runId, operatingPointId, settings);
        m.absorb(this);
        m.absorb(other);
        return m;
    }

    private void absorb(OperatingPointAggregator o) {
        count += o.count;
        startTimeS = Math.min(startTimeS, o.startTimeS);
        endTimeS = Math.max(endTimeS, o.endTimeS);
        speed.addAll(o.speed);
        torque.addAll(o.torque);
        outputPower.addAll(o.outputPower);
        powerCount += o.powerCount;
        inputPower.addAll(o.inputPower);
        pairedOutputPower.addAll(o.pairedOutputPower);
        vibrationCount += o.vibrationCount;
        vibrationSquares.addAll(o.vibrationSquares);
        if (measured(o.maxWindingC)) {
            maxWindingC = measured(maxWindingC) ? Math.max(maxWindingC, o.maxWindingC) : o.maxWindingC;
        }
        if (measured(o.coolantC) && o.coolantTimeS >= coolantTimeS) {
            coolantC = o.coolantC;
            coolantTimeS = o.coolantTimeS;
        }
        magnetCount += o.magnetCount;
        magnet.addAll(o.magnet);
        emfCount += o.emfCount;
        emf.addAll(o.emf);
        emfSpeed.addAll(o.emfSpeed);
    }

    /** A copy of the running state; see {@link #restore}. */
    public AggregatorState state() {
        return new AggregatorState(count, startTimeS, endTimeS, speed.parts(), torque.parts(), outputPower.parts(),
                powerCount, inputPower.parts(), pairedOutputPower.parts(), vibrationCount, vibrationSquares.parts(),
                maxWindingC, coolantC, coolantTimeS, magnetCount, magnet.parts(), emfCount, emf.parts(),
                emfSpeed.parts());
    }

    /** An aggregator that continues exactly where the one that produced {@code state} stopped. */
    public static OperatingPointAggregator restore(String runId, String operatingPointId, PointSettings settings,
                                                   AggregatorState state) {
        OperatingPointAggregator a = new OperatingPointAggregator(runId, operatingPointId, settings);
        a.count = state.count();
        a.startTimeS = state.startTimeS();
        a.endTimeS = state.endTimeS();
        a.speed.restore(state.speed());
        a.torque.restore(state.torque());
        a.outputPower.restore(state.outputPower());
        a.powerCount = state.powerCount();
        a.inputPower.restore(state.inputPower());
        a.pairedOutputPower.restore(state.pairedOutputPower());
        a.vibrationCount = state.vibrationCount();
        a.vibrationSquares.restore(state.vibrationSquares());
        a.maxWindingC = state.maxWindingC();
        a.coolantC = state.coolantC();
        a.coolantTimeS = state.coolantTimeS();
        a.magnetCount = state.magnetCount();
        a.magnet.restore(state.magnet());
        a.emfCount = state.emfCount();
        a.emf.restore(state.emf());
        a.emfSpeed.restore(state.emfSpeed());
        return a;
    }

    public long count() {
        return count;
    }

    public String runId() {
        return runId;
    }

    public String operatingPointId() {
        return operatingPointId;
    }

    PointSettings settings() {
        return settings;
    }

    /** @throws IllegalStateException when no sample has been accepted */
    public OperatingPointResult result() {
        return PointEvaluation.evaluate(this);
    }

    /** For parallel streams: each thread aggregates its part, the parts are merged. */
    public static Collector<RigSampleValues, ?, OperatingPointResult> collector(
            String runId, String operatingPointId, PointSettings settings) {
        return Collector.of(() -> new OperatingPointAggregator(runId, operatingPointId, settings),
                OperatingPointAggregator::accept, OperatingPointAggregator::merge,
                OperatingPointAggregator::result);
    }
}
