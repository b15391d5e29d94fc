package org.specloop.ingest.parse;

import org.specloop.calculations.motor.point.RigSampleValues;

/** A rig sample checked and reduced to what the aggregation needs; time in epoch seconds. */
public record ParsedSample(String runId, String pointId, long sequence, RigSampleValues values) {
}
