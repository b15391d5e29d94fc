package org.specloop.command.ingest.rig;

import org.specloop.loop.motor.point.RigSampleValues;

/** A rig sample checked and reduced to what the aggregation needs; time in epoch seconds. */
public record ParsedSample(String runId, String pointId, long sequence, RigSampleValues values) {
}
