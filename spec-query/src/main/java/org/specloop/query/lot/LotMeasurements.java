package org.specloop.query.lot;

import org.specloop.contracts.units.Characteristic;
import org.specloop.query.shared.Page;
import org.specloop.query.shared.PageQuery;
import org.specloop.query.shared.Sql;
import org.specloop.query.shared.Where;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
        String only = characteristic == null ? null : characteristic.name();
        Where where = new Where().eq("m.lot_id", lotId).eq("m.sample_id", sampleId)
                .when(temperatureC == null ? null : temperatureC - TEMPERATURE_BAND_C, "tLow", "m.test_temperature_c >= :tLow")
                .when(temperatureC == null ? null : temperatureC + TEMPERATURE_BAND_C, "tHigh", "m.test_temperature_c <= :tHigh")
                .when(only, "characteristic", "EXISTS (SELECT 1 FROM q_lot_measurement_value v WHERE v.lot_id = m.lot_id"
                        + " AND v.measurement_id = m.measurement_id AND v.characteristic = :characteristic)");
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM q_lot_measurement m" + where.sql(), where.params(), Long.class);
        Map<String, LotMeasurement> rows = new LinkedHashMap<>();
        jdbc.query("SELECT m.* FROM q_lot_measurement m" + where.sql() + page.orderBy("measurement_id") + page.limit(),
                where.params(), rs -> {
                    rows.put(rs.getString("measurement_id"), new LotMeasurement(rs.getString("measurement_id"),
                            rs.getString("sample_id"), rs.getDouble("test_temperature_c"), rs.getString("lab"),
                            rs.getString("instrument"), rs.getString("method"), Sql.instant(rs, "measured_at"),
                            new ArrayList<>()));
                });
        attachValues(lotId, only, rows);
        return new Page<>(List.copyOf(rows.values()), page.page(), page.size(), total == null ? 0 : total);
    }

    /** One query for the values of the whole page, in the order IEC 60404-8-1 lists the properties. */
    private void attachValues(String lotId, String only, Map<String, LotMeasurement> rows) {
        if (rows.isEmpty()) {
            return;
        }
        MapSqlParameterSource params = new MapSqlParameterSource("lot", lotId).addValue("ids", rows.keySet());
        String filter = "";
        if (only != null) {
            filter = " AND characteristic = :characteristic";
            params.addValue("characteristic", only);
        }
        jdbc.query("SELECT measurement_id, characteristic, canonical_value FROM q_lot_measurement_value"
                + " WHERE lot_id = :lot AND measurement_id IN (:ids)" + filter, params, rs -> {
                    rows.get(rs.getString("measurement_id")).values().add(MeasuredValue.of(
                            Characteristic.valueOf(rs.getString("characteristic")), rs.getDouble("canonical_value")));
                });
        Comparator<MeasuredValue> inListOrder = Comparator.comparing(v -> Characteristic.valueOf(v.characteristic()));
        rows.values().forEach(m -> m.values().sort(inListOrder));
    }
}
