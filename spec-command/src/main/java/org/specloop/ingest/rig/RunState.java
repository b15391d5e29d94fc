package org.specloop.ingest.rig;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.specloop.contracts.motor.StartMotorTestRun;
import org.specloop.contracts.rig.OperatingPointChanged;
import org.specloop.calculations.motor.point.PointSettings;

/**
 * What ingest keeps about one run between its messages: the run's rating and requirements, its
 * points in the order the rig announced them, which sample sequences were counted, and Ke before a
 * demagnetization overload. Persisted as a whole (see RigStateStore) together with the offsets.
 */
final class RunState {

    final StartMotorTestRun start;
    final PointSettings settings;
    final Set<String> controlMessageIds = new HashSet<>();
    final Map<String, PointState> points = new LinkedHashMap<>();
    final SequenceWindow window;
    String currentPointId;
    int announced;
    Double keBeforeVsPerRad;
    boolean finishing;
    boolean completed;
    Instant finishedAt;
    /** Samples partition of the run (same number as its control partition); -1 when fed over HTTP. */
    int partition = -1;
    boolean dirty = true;

    RunState(StartMotorTestRun start, PointSettings settings, SequenceWindow window) {
        this.start = start;
        this.settings = settings;
        this.window = window;
    }

    String runId() {
        return start.runId();
    }

    PointState point(String pointId) {
        return points.computeIfAbsent(pointId, id -> new PointState(runId(), id, settings));
    }

    /** The rig moved on: the point it was at is over, the new one is announced. */
    void announce(OperatingPointChanged change, long now) {
        if (currentPointId != null && !currentPointId.equals(change.pointId())) {
            points.get(currentPointId).close(now);
        }
        PointState p = point(change.pointId());
        p.kind = change.kind();
        p.speedPercent = change.speedPercent();
        p.torquePercent = change.torquePercent();
        p.order = announced++;
        currentPointId = change.pointId();
        dirty = true;
    }

    void finish(Instant at, long now) {
        finishing = true;
        finishedAt = at;
        points.values().forEach(p -> p.close(now));
        dirty = true;
    }

    /** A sample of {@code point} shows that every earlier point closed before it has nothing left in flight. */
    void sampleArrived(PointState point) {
        for (PointState p : points.values()) {
            if (p != point && p.status == PointState.Status.CLOSING && p.order < point.order) {
                p.laterSampleSeen = true;
            }
        }
    }

    boolean hasClosing() {
        return points.values().stream().anyMatch(p -> p.status == PointState.Status.CLOSING);
    }

    boolean allPointsDone() {
        return points.values().stream().noneMatch(PointState::open);
    }

    int recordedPoints() {
        return (int) points.values().stream().filter(p -> p.status == PointState.Status.RECORDED).count();
    }

    Stored stored() {
        List<PointState.Stored> ps = new ArrayList<>();
        points.values().forEach(p -> ps.add(p.stored()));
        return new Stored(start, List.copyOf(controlMessageIds), ps, window.stored(), currentPointId, announced,
                keBeforeVsPerRad, finishing, completed, finishedAt, partition);
    }

    static RunState restore(Stored s, PointSettings settings, int windowSize) {
        RunState r = new RunState(s.start(), settings, SequenceWindow.restore(windowSize, s.window()));
        r.controlMessageIds.addAll(s.controlMessageIds());
        s.points().forEach(p -> r.points.put(p.pointId(), PointState.restore(s.start().runId(), settings, p)));
        r.currentPointId = s.currentPointId();
        r.announced = s.announced();
        r.keBeforeVsPerRad = s.keBeforeVsPerRad();
        r.finishing = s.finishing();
        r.completed = s.completed();
        r.finishedAt = s.finishedAt();
        r.partition = s.partition();
        r.dirty = false;
        return r;
    }

    record Stored(StartMotorTestRun start, List<String> controlMessageIds, List<PointState.Stored> points,
                  SequenceWindow.Stored window, String currentPointId, int announced, Double keBeforeVsPerRad,
                  boolean finishing, boolean completed, Instant finishedAt, int partition) {
    }
}
