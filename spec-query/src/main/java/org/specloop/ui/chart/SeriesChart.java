package org.specloop.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A chart of the investigation pages as the page draws it and lists it: one category per lot (or
 * country), the series over them, horizontal lines (frozen limits, spec limits, a decision interval)
 * and the signals marked at their category. The controllers fill it from the loop's and read models'
 * views, copying numbers only: nothing here computes a statistic. The same object is the chart's data
 * attribute (charts.js) and its "Chart data as a table", so the two cannot disagree.
 *
 * @param phaseTwoFrom the category where Phase II starts (a vertical line), null if none
 */
public record SeriesChart(String id, String title, String label, String unit, String axis, List<String> categories,
                          List<Series> series, List<Line> lines, String phaseTwoFrom) {

    /** values line up with categories (null where the series has no value); signals likewise (null: none). */
    public record Series(String name, String type, boolean dashed, List<Double> values, List<String> signals) {

        public boolean signalled() {
            return signals.stream().anyMatch(Objects::nonNull);
        }
    }

    public record Line(String name, double value, boolean dashed, String color) {
    }

    public SeriesChart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        lines = List.copyOf(lines);
    }

    public static SeriesChart of(String id, String title, String unit, String axis, List<String> categories) {
        return new SeriesChart(id, title, title, unit, axis, categories, List.of(), List.of(), null);
    }

    public SeriesChart described(String ariaLabel) {
        return new SeriesChart(id, title, ariaLabel, unit, axis, categories, series, lines, phaseTwoFrom);
    }

    public SeriesChart with(Series s) {
        if (s.values().size() != categories.size() || s.signals().size() != categories.size()) {
            throw new IllegalArgumentException(s.name() + " has " + s.values().size() + " values for "
                    + categories.size() + " categories");
        }
        List<Series> more = new ArrayList<>(series);
        more.add(s);
        return new SeriesChart(id, title, label, unit, axis, categories, more, lines, phaseTwoFrom);
    }

    public SeriesChart line(String name, Double value, boolean dashed, String color) {
        if (value == null) {
            return this;
        }
        List<Line> more = new ArrayList<>(lines);
        more.add(new Line(name, value, dashed, color));
        return new SeriesChart(id, title, label, unit, axis, categories, series, more, phaseTwoFrom);
    }

    public SeriesChart phaseTwoFrom(String category) {
        return new SeriesChart(id, title, label, unit, axis, categories, series, lines, category);
    }

    public boolean signalled() {
        return series.stream().anyMatch(Series::signalled);
    }

    /** The signals at one category over all series, for the table's last column. */
    public String signalsAt(int index) {
        List<String> at = series.stream().map(s -> s.signals().get(index)).filter(Objects::nonNull).toList();
        return at.isEmpty() ? "—" : String.join(", ", at);
    }

    public static List<String> none(int size) {
        List<String> none = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            none.add(null);
        }
        return none;
    }
}
