package org.specloop.query.lot;

import org.specloop.contracts.units.Characteristic;
import org.specloop.query.shared.Page;
import org.specloop.query.shared.PageQuery;
import org.specloop.query.shared.Sql;
import org.specloop.query.shared.Where;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads a lot's lab measurements, with every measured property, from the tables {@link LotProjection} writes. */
@Repository
public class LotMeasurements {
    public static final Map<String, String> SORTABLE = Map.of("measuredAt", "measured_at", "sampleId", "sample_id",
            "testTemperature", "test_temperature_c", "measurementId", "measurement_id");
    /**
     * Temperatures are stored after unit conversion (20 degC sent as 293.15 K is 20.000000000000004):
     * a filter matches within this band rather than by exact equality.
     */
    private static final double TEMPERATURE_BAND_C = 0.05;

    private final NamedParameterJdbcTemplate jdbc;

    public LotMeasurements(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One page of a lot's measurements; each filter is optional. With a characteristic, only the
     * measurements that measured it are listed, each with that property's value alone.
     */
    public Page<LotMeasurement> find(String lotId, String sampleId, Characteristic characteristic, Double temperatureC,
                                     PageQuery page) {
        Where where = new Where().eq("m.lot_id", lotId).eq("m.sample_id", sampleId)
                .when(temperatureC == null ? null : temperatureC - TEMPERATURE_BAND_C, "tLow", "m.test_temperature_c >= :tLow")
                .when(temperatureC == null ? null : temperatureC + TEMPERATURE_BAND_C, "tHigh", "m.test_temperature_c <= :tHigh")
                .when(characteristic != null, characteristic == null ? null
                        : "m." + MeasuredColumns.of(characteristic) + " IS NOT NULL");
        List<Characteristic> shown = characteristic == null ? List.of(Characteristic.values()) : List.of(characteristic);
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM q_lot_measurement m" + where.sql(), where.params(), Long.class);
        List<LotMeasurement> rows = jdbc.query("SELECT m.* FROM q_lot_measurement m" + where.sql()
                        + page.orderBy("measurement_id") + page.limit(), where.params(),
                (rs, n) -> new LotMeasurement(rs.getString("measurement_id"), rs.getString("sample_id"),
                        rs.getDouble("test_temperature_c"), rs.getString("lab"), rs.getString("instrument"),
                        rs.getString("method"), Sql.instant(rs, "measured_at"), values(rs, shown)));
        return new Page<>(rows, page.page(), page.size(), total == null ? 0 : total);
    }

    /** The properties the row holds, in the order IEC 60404-8-1 lists them (the characteristics' order). */
    private static List<MeasuredValue> values(ResultSet rs, List<Characteristic> shown) throws SQLException {
        List<MeasuredValue> values = new ArrayList<>();
        for (Characteristic characteristic : shown) {
            double value = rs.getDouble(MeasuredColumns.of(characteristic));
            if (!rs.wasNull()) {
                values.add(MeasuredValue.of(characteristic, value));
            }
        }
        return values;
    }
}
