package org.specloop.ui;

import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.loop.policy.ControlChartView;

/**
 * One limit of a revision drawn over one source's control chart from the loop, with the limit in
 * force (null fields where there is none) and the proposed one. chart is null when the loop has no
 * chart for it: atChartTemperature tells whether none can exist (the loop charts one temperature)
 * or none does yet (no lot measured often enough). Methods the template calls are public: SpEL
 * finds only those.
 */
record LimitChart(String key, String title, String unit, boolean atChartTemperature, ControlChartView chart,
                  Double currentMin, Double currentMax, Double proposedMin, Double proposedMax) {

    static LimitChart of(CharacteristicLimit proposed, CharacteristicLimit current, boolean atChartTemperature,
                         ControlChartView chart) {
        return new LimitChart(proposed.key(), proposed.characteristic().symbol() + " at "
                + Math.round(proposed.testTemperatureC()) + " °C", proposed.unit(), atChartTemperature, chart,
                current == null ? null : current.min(), current == null ? null : current.max(), proposed.min(),
                proposed.max());
    }

    public boolean hasData() {
        return chart != null;
    }

    public int samples() {
        return chart == null ? 0 : chart.points().stream().mapToInt(ControlChartView.Point::samples).sum();
    }
}
