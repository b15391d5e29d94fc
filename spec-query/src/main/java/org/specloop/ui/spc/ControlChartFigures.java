package org.specloop.ui.spc;

import org.specloop.loop.policy.ControlChartView;
import org.specloop.ui.chart.SeriesChart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The loop's control-chart views laid out as the SPC page draws them: the lot means (or subgroup
 * means) with the frozen limits and the spec limits, their dispersion chart, and the Phase II CUSUM
 * and EWMA the drift watch judged. Signals are placed on the chart whose statistic raised them.
 */
final class ControlChartFigures {
    private static final String CONTROL = "#555";
    private static final String CENTRE = "#999";
    private static final String SPEC = "#b3261e";

    private ControlChartFigures() {
    }

    /** Spec limits in force at the chart temperature, null where the spec sets none. */
    record SpecLimits(Double lower, Double upper) {
        static final SpecLimits NONE = new SpecLimits(null, null);
    }

    static List<SeriesChart> individuals(ControlChartView view, SpecLimits spec) {
        List<SeriesChart> charts = new ArrayList<>();
        charts.add(means("individuals", "Lot means (I chart)", "lot mean", view, spec, view.signals()));
        charts.add(dispersion("moving-range", "Moving range (MR chart)", "moving range", view, view.spreadSignals()));
        if (view.cusum() != null && !view.cusum().points().isEmpty()) {
            charts.add(cusum(view));
        }
        if (view.ewma() != null && !view.ewma().points().isEmpty()) {
            charts.add(ewma(view));
        }
        return charts;
    }

    static List<SeriesChart> subgroups(ControlChartView view, SpecLimits spec) {
        return List.of(means("xbar", "Subgroup means (X-bar chart)", "subgroup mean", view, spec, view.signals()),
                dispersion("s", "Subgroup standard deviations (S chart)", "s", view, view.spreadSignals()));
    }

    private static SeriesChart means(String id, String title, String name, ControlChartView view, SpecLimits spec,
                                     List<ControlChartView.SignalView> shown) {
        List<ControlChartView.Point> points = view.points();
        SeriesChart chart = SeriesChart.of(id, title, view.unit(), "lot", lotIds(points))
                .with(new SeriesChart.Series(name, "line", false, values(points, ControlChartView.Point::value),
                        signals(points, shown)));
        if (view.limits() != null) {
            chart = chart.line("UCL", view.limits().ucl(), true, CONTROL).line("CL", view.limits().center(), true, CENTRE)
                    .line("LCL", view.limits().lcl(), true, CONTROL);
        }
        chart = chart.line("spec min", spec.lower(), false, SPEC).line("spec max", spec.upper(), false, SPEC);
        if (points.size() > view.phaseOneLots()) {
            chart = chart.phaseTwoFrom(points.get(view.phaseOneLots()).lotId());
        }
        return chart.described(title + " of " + view.characteristic() + " from " + view.sourceId() + ": " + points.size()
                + " lots, " + signalCount(chart) + " signalled");
    }

    private static SeriesChart dispersion(String id, String title, String name, ControlChartView view,
                                          List<ControlChartView.SignalView> shown) {
        List<ControlChartView.Point> points = view.points();
        SeriesChart chart = SeriesChart.of(id, title, view.unit(), "lot", lotIds(points))
                .with(new SeriesChart.Series(name, "line", false, values(points, ControlChartView.Point::dispersion),
                        signals(points, shown)));
        if (view.dispersionLimits() != null) {
            chart = chart.line("UCL", view.dispersionLimits().ucl(), true, CONTROL)
                    .line("CL", view.dispersionLimits().center(), true, CENTRE);
        }
        if (points.size() > view.phaseOneLots()) {
            chart = chart.phaseTwoFrom(points.get(view.phaseOneLots()).lotId());
        }
        return chart.described(title + " of " + view.characteristic() + " from " + view.sourceId() + ": " + points.size()
                + " lots, " + signalCount(chart) + " signalled");
    }

    private static SeriesChart cusum(ControlChartView view) {
        List<ControlChartView.CusumPoint> points = view.cusum().points();
        List<String> lots = points.stream().map(ControlChartView.CusumPoint::lotId).toList();
        SeriesChart chart = SeriesChart.of("cusum", "CUSUM of the Phase II lot means", "σ", "lot", lots)
                .with(new SeriesChart.Series("C+ (upward)", "line", false,
                        points.stream().map(p -> (Double) p.upper()).toList(),
                        points.stream().map(p -> p.upper() > view.cusum().h() ? p.signal() : null).toList()))
                .with(new SeriesChart.Series("C− (downward)", "line", false,
                        points.stream().map(p -> (Double) p.lower()).toList(),
                        points.stream().map(p -> p.lower() > view.cusum().h() ? p.signal() : null).toList()))
                .line("h", view.cusum().h(), true, SPEC);
        return chart.described("CUSUM of " + view.characteristic() + " from " + view.sourceId() + ", k " + view.cusum().k()
                + " and h " + view.cusum().h() + " sigma: " + points.size() + " Phase II lots, " + signalCount(chart)
                + " signalled");
    }

    private static SeriesChart ewma(ControlChartView view) {
        List<ControlChartView.EwmaPoint> points = view.ewma().points();
        List<String> lots = points.stream().map(ControlChartView.EwmaPoint::lotId).toList();
        List<String> signals = points.stream().map(ControlChartView.EwmaPoint::signal).toList();
        SeriesChart chart = SeriesChart.of("ewma", "EWMA of the Phase II lot means", view.unit(), "lot", lots)
                .with(new SeriesChart.Series("EWMA", "line", false, points.stream().map(p -> (Double) p.value()).toList(),
                        signals))
                .with(new SeriesChart.Series("upper limit", "line", true, points.stream().map(p -> (Double) p.ucl()).toList(),
                        SeriesChart.none(points.size())))
                .with(new SeriesChart.Series("lower limit", "line", true, points.stream().map(p -> (Double) p.lcl()).toList(),
                        SeriesChart.none(points.size())));
        if (view.limits() != null) {
            chart = chart.line("CL", view.limits().center(), true, CENTRE);
        }
        return chart.described("EWMA of " + view.characteristic() + " from " + view.sourceId() + ", lambda "
                + view.ewma().lambda() + ": " + points.size() + " Phase II lots, " + signalCount(chart) + " signalled");
    }

    private static List<String> lotIds(List<ControlChartView.Point> points) {
        return points.stream().map(ControlChartView.Point::lotId).toList();
    }

    private static List<Double> values(List<ControlChartView.Point> points, Function<ControlChartView.Point, Double> value) {
        return points.stream().map(value).toList();
    }

    /** The rules that fired at each point, from the view's list (drift or spread) for this chart. */
    private static List<String> signals(List<ControlChartView.Point> points, List<ControlChartView.SignalView> shown) {
        return points.stream().map(p -> {
            List<String> rules = shown.stream().filter(s -> s.index() == p.index()).map(ControlChartView.SignalView::rule)
                    .toList();
            return rules.isEmpty() ? null : String.join(", ", rules);
        }).toList();
    }

    private static long signalCount(SeriesChart chart) {
        return chart.series().stream().flatMap(s -> s.signals().stream()).filter(java.util.Objects::nonNull).count();
    }
}
