package org.specloop.ingest.rig;

import org.specloop.contracts.rig.OperatingPointKind;
import org.specloop.calculations.motor.point.AggregatorState;
import org.specloop.calculations.motor.point.OperatingPointAggregator;
import org.specloop.calculations.motor.point.PointSettings;

/**
 * One operating point of a run while ingest owns it: OPEN collects samples, CLOSING waits until
 * no sample of it can still be in flight, then it is RECORDED (its result sent) or EMPTY (it had
 * no samples to judge). Only OPEN and CLOSING points hold an aggregator.
 */
final class PointState {

    enum Status { OPEN, CLOSING, RECORDED, EMPTY }

    /** Points seen in samples before their OperatingPointChanged sort after every announced one. */
    static final int UNANNOUNCED = Integer.MAX_VALUE;

    final String pointId;
    OperatingPointKind kind;
    double speedPercent;
    double torquePercent;
    int order;
    Status status = Status.OPEN;
    OperatingPointAggregator aggregator;
    /** Wall-clock millis when the rig said the point is over; 0 while open. */
    long closeRequestedAt;
    /** A sample of a later point of the same run arrived after the close: nothing of this one is in flight. */
    boolean laterSampleSeen;

    PointState(String runId, String pointId, PointSettings settings) {
        this.pointId = pointId;
        this.order = UNANNOUNCED;
        this.aggregator = new OperatingPointAggregator(runId, pointId, settings);
    }

    boolean open() {
        return status == Status.OPEN || status == Status.CLOSING;
    }

    void close(long now) {
        if (status == Status.OPEN) {
            status = Status.CLOSING;
            closeRequestedAt = now;
        }
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
