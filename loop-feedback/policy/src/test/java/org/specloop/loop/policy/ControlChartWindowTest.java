package org.specloop.loop.policy;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A chart answered for its newest lots: the window's points and signals, the whole chart's limits and size. */
class ControlChartWindowTest {
    private static final ControlChartView.Limits LIMITS = new ControlChartView.Limits(1.20, 1.25, 1.30);

    @Test
    void theLastLotsKeepTheirIndexesSignalsAndSeriesAndTheWholeChartsLimits() {
        ControlChartView chart = chartOfFiveLots();

        ControlChartView window = chart.lastLots(2);

        assertThat(window.points()).extracting(ControlChartView.Point::lotId).containsExactly("LOT-3", "LOT-4");
        assertThat(window.points()).extracting(ControlChartView.Point::index).containsExactly(3, 4);
        assertThat(window.signals()).extracting(ControlChartView.SignalView::lotId).containsExactly("LOT-4");
        assertThat(window.spreadSignals()).isEmpty();
        assertThat(window.cusum().points()).extracting(ControlChartView.CusumPoint::index).containsExactly(3, 4);
        assertThat(window.ewma().points()).extracting(ControlChartView.EwmaPoint::index).containsExactly(3, 4);
        assertThat(window.totalPoints()).isEqualTo(5);
        assertThat(window.limits()).isEqualTo(LIMITS);
        assertThat(window.excludedLots()).containsExactly("LOT-0");
    }

    @Test
    void aWindowAsLargeAsTheChartIsTheChart() {
        ControlChartView chart = chartOfFiveLots();

        assertThat(chart.lastLots(5)).isSameAs(chart);
        assertThat(chart.lastLots(500)).isSameAs(chart);
        assertThat(chart.totalPoints()).isEqualTo(5);
        assertThatThrownBy(() -> chart.lastLots(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ControlChartView chartOfFiveLots() {
        List<ControlChartView.Point> points = new ArrayList<>();
        List<ControlChartView.CusumPoint> cusum = new ArrayList<>();
        List<ControlChartView.EwmaPoint> ewma = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            points.add(new ControlChartView.Point(i, "LOT-" + i, 1.25 + i * 0.001, i == 0 ? null : 0.001, 5,
                    Instant.parse("2026-12-01T00:00:00Z").plusSeconds(600L * i), i < 3 ? "I" : "II", List.of()));
            if (i >= 3) {
                cusum.add(new ControlChartView.CusumPoint(i, "LOT-" + i, 0.1 * i, 0, null));
                ewma.add(new ControlChartView.EwmaPoint(i, "LOT-" + i, 1.25, 1.22, 1.28, null));
            }
        }
        List<ControlChartView.SignalView> signals = List.of(new ControlChartView.SignalView("PHASE_I_JUMP", 1, "LOT-1", "I"),
                new ControlChartView.SignalView("WE1", 4, "LOT-4", "II"));
        List<ControlChartView.SignalView> spread = List.of(new ControlChartView.SignalView("MR", 2, "LOT-2", "I"));
        return new ControlChartView("MAG-1", "P-1", "BR", "T", ControlCharts.INDIVIDUALS, 3, true, LIMITS,
                new ControlChartView.Limits(0, 0.001, 0.003), 0.01, List.of("WE1"), points, signals, spread,
                List.of("LOT-0"), new ControlChartView.Cusum(0.5, 5, cusum), new ControlChartView.Ewma(0.2, 3, ewma));
    }
}
