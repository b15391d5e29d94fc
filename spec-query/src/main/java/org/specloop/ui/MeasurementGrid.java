package org.specloop.ui;

import org.specloop.query.lot.LotMeasurement;
import org.specloop.query.lot.MeasuredValue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A lot's measurements as the lab sheet a quality engineer knows: one row per sample and temperature,
 * one column per property that any of them measured (in the order the rows first name them), an
 * empty cell where a sample did not measure that property.
 */
public record MeasurementGrid(List<Column> columns, List<Row> rows, long total) {

    public record Column(String symbol, String unit) {
    }

    public record Row(LotMeasurement measurement, List<MeasuredValue> cells) {
    }

    static MeasurementGrid of(List<LotMeasurement> measurements, long total) {
        Map<String, Column> columns = new LinkedHashMap<>();
        for (LotMeasurement measurement : measurements) {
            for (MeasuredValue value : measurement.values()) {
                columns.putIfAbsent(value.characteristic(), new Column(value.symbol(), value.unit()));
            }
        }
        List<Row> rows = new ArrayList<>();
        for (LotMeasurement measurement : measurements) {
            Map<String, MeasuredValue> byCharacteristic = new LinkedHashMap<>();
            measurement.values().forEach(v -> byCharacteristic.put(v.characteristic(), v));
            List<MeasuredValue> cells = new ArrayList<>();
            columns.keySet().forEach(characteristic -> cells.add(byCharacteristic.get(characteristic)));
            rows.add(new Row(measurement, cells));
        }
        return new MeasurementGrid(List.copyOf(columns.values()), rows, total);
    }

    /** More measurements exist than the page shows: the page says so and links the API. */
    public boolean truncated() {
        return total > rows.size();
    }
}
