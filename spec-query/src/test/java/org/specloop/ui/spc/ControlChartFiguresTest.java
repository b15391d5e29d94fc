package org.specloop.ui.spc;

import org.junit.jupiter.api.Test;
import org.specloop.loop.policy.ControlChartView;
import org.specloop.loop.policy.ControlCharts;
import org.specloop.ui.chart.SeriesChart;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each signal lands on the chart whose statistic raised it; the numbers are the view's, unchanged. */
class ControlChartFiguresTest {

    @Test
    void driftSignalsMarkTheLotMeansSpreadSignalsTheMovingRangeAndCusumSignalsTheSumThatPassedH() {
        List<ControlChartView.Point> points = List.of(
                point(0, "L-1", 1.240, null, List.of()),
                point(1, "L-2", 1.241, 0.001, List.of()),
                point(2, "L-3", 1.205, 0.036, List.of("BEYOND_ACTION_LIMIT", "MOVING_RANGE_ABOVE_UCL")),
                point(3, "L-4", 1.204, 0.001, List.of("CUSUM_LOWER")));
        ControlChartView view = new ControlChartView("MAG-1", "P-1", "BR", "T", ControlCharts.INDIVIDUALS, 2, true,
                new ControlChartView.Limits(1.236, 1.2405, 1.245), new ControlChartView.Limits(0, 0.001, 0.0033), 0.0015,
                List.of("BEYOND_ACTION_LIMIT", "CUSUM"), points,
                List.of(new ControlChartView.SignalView("BEYOND_ACTION_LIMIT", 2, "L-3", "II"),
                        new ControlChartView.SignalView("CUSUM_LOWER", 3, "L-4", "II")),
                List.of(new ControlChartView.SignalView("MOVING_RANGE_ABOVE_UCL", 2, "L-3", "II")), List.of(),
                new ControlChartView.Cusum(0.8, 5.5, List.of(
                        new ControlChartView.CusumPoint(2, "L-3", 0, 23.2, "CUSUM_LOWER"),
                        new ControlChartView.CusumPoint(3, "L-4", 0, 23.0, "CUSUM_LOWER"))),
                null);

        List<SeriesChart> charts = ControlChartFigures.individuals(view,
                new ControlChartFigures.SpecLimits(1.22, null));

        assertThat(charts).extracting(SeriesChart::id).containsExactly("individuals", "moving-range", "cusum");
        SeriesChart means = charts.get(0);
        assertThat(means.categories()).containsExactly("L-1", "L-2", "L-3", "L-4");
        assertThat(means.series().get(0).values()).containsExactly(1.240, 1.241, 1.205, 1.204);
        assertThat(means.series().get(0).signals()).containsExactly(null, null, "BEYOND_ACTION_LIMIT", "CUSUM_LOWER");
        assertThat(means.lines()).extracting(SeriesChart.Line::name).containsExactly("UCL", "CL", "LCL", "spec min");
        assertThat(means.phaseTwoFrom()).isEqualTo("L-3");
        assertThat(means.label()).contains("4 lots, 2 signalled");
        SeriesChart ranges = charts.get(1);
        assertThat(ranges.series().get(0).values()).containsExactly(null, 0.001, 0.036, 0.001);
        assertThat(ranges.series().get(0).signals()).containsExactly(null, null, "MOVING_RANGE_ABOVE_UCL", null);
        SeriesChart cusum = charts.get(2);
        assertThat(cusum.unit()).isEqualTo("σ");
        assertThat(cusum.series()).extracting(SeriesChart.Series::name).containsExactly("C+ (upward)", "C− (downward)");
        assertThat(cusum.series().get(0).signalled()).as("C+ stayed at zero").isFalse();
        assertThat(cusum.series().get(1).signals()).containsExactly("CUSUM_LOWER", "CUSUM_LOWER");
        assertThat(cusum.lines()).extracting(SeriesChart.Line::value).containsExactly(5.5);
    }

    private static ControlChartView.Point point(int index, String lot, double mean, Double range, List<String> signals) {
        return new ControlChartView.Point(index, lot, mean, range, 5, Instant.EPOCH, index < 2 ? "I" : "II", signals);
    }
}
