package org.specloop.ingest.rig;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.specloop.calculations.motor.point.PointSettings;
import org.specloop.contracts.motor.CompleteMotorTestRun;
import org.specloop.contracts.motor.RecordOperatingPointResult;
import org.specloop.contracts.motor.StartMotorTestRun;
import org.specloop.contracts.rig.OperatingPointChanged;
import org.specloop.contracts.rig.OperatingPointKind;
import org.specloop.contracts.rig.RunFinished;
import org.specloop.ingest.Refusal;
import org.specloop.ingest.Source;
import org.specloop.ingest.parse.ParsedSample;

/**
 * What ingest keeps about one run between its messages: the run's rating and requirements, its
 * points in the order the rig announced them, which sample sequences were counted, and Ke before a
 * demagnetization overload. Persisted as a whole (see RigStateStore) together with the offsets.
 * Which rules of a run live here and which in MotorTestRun: see RigIngestEngine.
 *
 * <p>Not thread-safe: RigIngestEngine's lock guards every run.
 */
final class RunState {

    private final StartMotorTestRun start;
    private final PointSettings settings;
    private final Set<String> controlMessageIds = new HashSet<>();
    private final Map<String, PointState> points = new LinkedHashMap<>();
    private final SequenceWindow window;
    private String currentPointId;
    private int announced;
    private Double keBeforeVsPerRad;
    private boolean finishing;
    private boolean completed;
    private Instant finishedAt;
    /** Samples partition of the run (same number as its control partition); -1 when fed over HTTP. */
    private int partition = -1;
    /** Changed since it was last stored. */
    private boolean dirty = true;

    private RunState(StartMotorTestRun start, PointSettings settings, SequenceWindow window) {
        this.start = start;
        this.settings = settings;
        this.window = window;
    }

    /** A run the rig has just started with the message {@code messageId}, read from {@code source}. */
    static RunState started(StartMotorTestRun start, PointSettings settings, int dedupWindow, String messageId,
                            Source source) {
        RunState run = new RunState(start, settings, new SequenceWindow(dedupWindow));
        run.controlMessageIds.add(messageId);
        run.partition = source.fromKafka() ? source.partition() : -1;
        return run;
    }

    String runId() {
        return start.runId();
    }

    String rigId() {
        return start.rigId();
    }

    /** The run's rating and requirements as the start command carried them. */
    StartMotorTestRun start() {
        return start;
    }

    /** Ke measured at the KE_BEFORE_DEMAG point, or null while there is none. */
    Double keBeforeVsPerRad() {
        return keBeforeVsPerRad;
    }

    /** Samples partition, or -1 for a run fed over HTTP. */
    int partition() {
        return partition;
    }

    boolean finishing() {
        return finishing;
    }

    boolean completed() {
        return completed;
    }

    /** This control message was applied already: a redelivery. */
    boolean applied(String messageId) {
        return controlMessageIds.contains(messageId);
    }

    /** The rig moved on: the point it was at is over, the new one is announced. */
    void announce(OperatingPointChanged change, long now) {
        if (currentPointId != null && !currentPointId.equals(change.pointId())) {
            points.get(currentPointId).close(now);
        }
        point(change.pointId()).announced(change, announced++);
        currentPointId = change.pointId();
        controlMessageIds.add(change.messageId());
        dirty = true;
    }

    /** The rig is done: every point is over, and no sample of a point not seen before is taken. */
    void finish(RunFinished finished, long now) {
        finishing = true;
        finishedAt = finished.at();
        points.values().forEach(p -> p.close(now));
        controlMessageIds.add(finished.messageId());
        dirty = true;
    }

    /**
     * Counts one sample of this run: once per sequence (within the dedup window), into an open point.
     * A point never announced is opened by its first sample, unless the run is finished.
     *
     * @return false when the sequence was counted before
     * @throws Refusal when the sample can never be counted (too late for the window, run finished, point recorded)
     */
    boolean count(ParsedSample s, Source source) {
        switch (window.offer(s.sequence())) {
            case DUPLICATE:
                return false;
            case TOO_LATE:
                dirty = true;
                throw new Refusal("too-late: sample " + s.sequence() + " of run " + s.runId() + " arrived more than "
                        + window.size() + " sequences after newer ones; it was not counted");
            default:
                break;
        }
        dirty = true;
        PointState point = points.get(s.pointId());
        if (point == null && finishing) {
            throw new Refusal("run-finished: run " + s.runId() + " is finished and has no point " + s.pointId());
        }
        point = point != null ? point : point(s.pointId());
        if (!point.open()) {
            throw new Refusal("point-closed: point " + s.pointId() + " of run " + s.runId()
                    + " is already recorded; sample " + s.sequence() + " came after its result");
        }
        point.accept(s.values());
        for (PointState p : points.values()) {
            if (p != point) {
                p.sampleOfLaterPoint(point);
            }
        }
        if (source.fromKafka() && partition < 0) {
            partition = source.partition();
        }
        return true;
    }

    /** A closing point waits for its samples partition to be found caught up. */
    boolean awaitsCatchUp() {
        return partition >= 0 && points.values().stream().anyMatch(PointState::awaitsCatchUp);
    }

    /**
     * The closing points whose result can be decided now, in the order the rig ran them: up to the first
     * point still open or still possibly receiving samples, since a later point may need an earlier one's
     * result (KE_AFTER_DEMAG needs Ke from KE_BEFORE_DEMAG). A run fed over HTTP has nothing in flight
     * once its close arrives, because each HTTP batch is stored before it is answered.
     *
     * @param caughtUpAt per samples partition, when it was last seen caught up (epoch millis)
     */
    List<PointState> decidable(Map<Integer, Long> caughtUpAt) {
        if (completed || points.values().stream().noneMatch(PointState::closing)) {
            return List.of();
        }
        Long checked = partition < 0 ? Long.valueOf(Long.MAX_VALUE) : caughtUpAt.get(partition);
        List<PointState> ordered = new ArrayList<>(points.values());
        ordered.sort(Comparator.comparingInt(PointState::order));
        List<PointState> decidable = new ArrayList<>();
        for (PointState p : ordered) {
            if (p.status() == PointState.Status.OPEN) {
                break;
            }
            if (!p.closing()) {
                continue;
            }
            if (!p.settled(checked)) {
                break;
            }
            decidable.add(p);
        }
        return decidable;
    }

    /** The point's result was decided as {@code result}; its Ke is kept when it is the one before the overload. */
    void recorded(PointState point, RecordOperatingPointResult result) {
        if (result.kind() == OperatingPointKind.KE_BEFORE_DEMAG && result.keVsPerRad() != null) {
            keBeforeVsPerRad = result.keVsPerRad();
        }
        point.decided(true);
        dirty = true;
    }

    /** The point closed without a sample: there is nothing to record. */
    void empty(PointState point) {
        point.decided(false);
        dirty = true;
    }

    /** Finished by the rig, and every point decided: the run can be completed. */
    boolean completable() {
        return finishing && !completed && points.values().stream().noneMatch(PointState::open);
    }

    /** Marks the run completed; the returned command goes to MotorTestRun after the last result. */
    CompleteMotorTestRun complete() {
        completed = true;
        dirty = true;
        return new CompleteMotorTestRun(runId(), finishedAt);
    }

    boolean unsaved() {
        return dirty;
    }

    void saved() {
        dirty = false;
    }

    private PointState point(String pointId) {
        return points.computeIfAbsent(pointId, id -> new PointState(runId(), id, settings));
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
