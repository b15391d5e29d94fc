package org.specloop.ingest.rig;

import org.specloop.calculations.motor.point.AggregatorState;
import org.specloop.calculations.motor.point.OperatingPointAggregator;
import org.specloop.calculations.motor.point.OperatingPointResult;
import org.specloop.calculations.motor.point.PointSettings;
import org.specloop.calculations.motor.point.RigSampleValues;
import org.specloop.contracts.rig.OperatingPointChanged;
import org.specloop.contracts.rig.OperatingPointKind;

/**
 * One operating point of a run while ingest owns it: OPEN collects samples, CLOSING waits until
 * no sample of it can still be in flight, then it is RECORDED (its result sent) or EMPTY (it had
 * no samples to judge). Only OPEN and CLOSING points hold an aggregator.
 */
final class PointState {

    enum Status { OPEN, CLOSING, RECORDED, EMPTY }

    /** Points seen in samples before their OperatingPointChanged sort after every announced one. */
    static final int UNANNOUNCED = Integer.MAX_VALUE;

    private final String pointId;
    private OperatingPointKind kind;
    private double speedPercent;
    private double torquePercent;
    private int order;
    private Status status = Status.OPEN;
    private OperatingPointAggregator aggregator;
    /** Wall-clock millis when the rig said the point is over; 0 while open. */
    private long closeRequestedAt;
    /** A sample of a later point of the same run arrived after the close: nothing of this one is in flight. */
    private boolean laterSampleSeen;

    PointState(String runId, String pointId, PointSettings settings) {
        this.pointId = pointId;
        this.order = UNANNOUNCED;
        this.aggregator = new OperatingPointAggregator(runId, pointId, settings);
    }

    String pointId() {
        return pointId;
    }

    /** What the rig announced, or null when it sent samples of a point it never announced. */
    OperatingPointKind kind() {
        return kind;
    }

    double speedPercent() {
        return speedPercent;
    }

    double torquePercent() {
        return torquePercent;
    }

    int order() {
        return order;
    }

    Status status() {
        return status;
    }

    /** The rig moved to this point: what it tests, and where it comes in the run. */
    void announced(OperatingPointChanged change, int order) {
        this.kind = change.kind();
        this.speedPercent = change.speedPercent();
        this.torquePercent = change.torquePercent();
        this.order = order;
    }

    /** Not decided yet: it still takes samples, including those in flight after its close. */
    boolean open() {
        return status == Status.OPEN || status == Status.CLOSING;
    }

    boolean closing() {
        return status == Status.CLOSING;
    }

    void accept(RigSampleValues values) {
        aggregator.accept(values);
    }

    /** The rig said the point is over; its result waits until nothing of it can be in flight. */
    void close(long now) {
        if (status == Status.OPEN) {
            status = Status.CLOSING;
            closeRequestedAt = now;
        }
    }

    /** A sample of {@code later} arrived: if this point closed before it, nothing of this one is in flight. */
    void sampleOfLaterPoint(PointState later) {
        if (status == Status.CLOSING && order < later.order) {
            laterSampleSeen = true;
        }
    }

    /** Closing, and only a check of its samples partition (caught up after the close) can settle it. */
    boolean awaitsCatchUp() {
        return status == Status.CLOSING && !laterSampleSeen;
    }

    /**
     * Nothing of it can still be in flight: a later point's sample arrived, or its samples partition was
     * found caught up by a check made after the close.
     *
     * @param caughtUpAt when its partition was last seen caught up (epoch millis), or null when never
     */
    boolean settled(Long caughtUpAt) {
        return laterSampleSeen || (caughtUpAt != null && caughtUpAt > closeRequestedAt);
    }

    boolean hasSamples() {
        return aggregator.count() > 0;
    }

    OperatingPointResult result() {
        return aggregator.result();
    }

    /** Its result is decided (sent, or nothing to send): no more samples, no aggregator kept. */
    void decided(boolean recorded) {
        status = recorded ? Status.RECORDED : Status.EMPTY;
        aggregator = null;
    }

    Stored stored() {
        return new Stored(pointId, kind, speedPercent, torquePercent, order, status,
                aggregator == null ? null : aggregator.state(), closeRequestedAt, laterSampleSeen);
    }

    static PointState restore(String runId, PointSettings settings, Stored s) {
        PointState p = new PointState(runId, s.pointId(), settings);
        p.kind = s.kind();
        p.speedPercent = s.speedPercent();
        p.torquePercent = s.torquePercent();
        p.order = s.order();
        p.status = s.status();
        p.aggregator = s.state() == null ? null
                : OperatingPointAggregator.restore(runId, s.pointId(), settings, s.state());
        p.closeRequestedAt = s.closeRequestedAt();
        p.laterSampleSeen = s.laterSampleSeen();
        return p;
    }

    record Stored(String pointId, OperatingPointKind kind, double speedPercent, double torquePercent, int order,
                  Status status, AggregatorState state, long closeRequestedAt, boolean laterSampleSeen) {
    }
}
