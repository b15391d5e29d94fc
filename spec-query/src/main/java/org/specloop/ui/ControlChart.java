package org.specloop.ui;

import java.util.List;

/**
 * One characteristic's evidence as an individuals chart: the sample values of recent lots in the
 * order they were received, their I-MR limits, and the spec limits before and after the revision.
 * Limits are null where there is too little data or no limit.
 */
public record ControlChart(String key, String title, String unit, List<Point> points, Double center,
                           Double lowerControl, Double upperControl, Double currentMin, Double currentMax,
                           Double proposedMin, Double proposedMax) {

    public record Point(String lotId, String sampleId, double value) {
    }

    public boolean hasData() {
        return !points.isEmpty();
    }
}
