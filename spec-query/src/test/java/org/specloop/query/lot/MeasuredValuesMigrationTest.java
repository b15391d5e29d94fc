package org.specloop.query.lot;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.units.Characteristic;
import org.specloop.query.QueryDatabase;
import org.specloop.query.shared.PageQuery;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/** V12_220 moves the properties stored one row each into their measurement's row: none is lost on the way. */
class MeasuredValuesMigrationTest {

    @Test
    void stored_property_rows_become_their_measurements_columns() {
        QueryDatabase db = QueryDatabase.upTo("12.210");
        var jdbc = db.jdbc.getJdbcTemplate();
        jdbc.update("INSERT INTO q_lot_measurement (lot_id, measurement_id, sample_id, test_temperature_c, lab, method)"
                + " VALUES ('L-1', 'M-1', 'S1', 20, 'Lab A', 'CLOSED_CIRCUIT_IEC_60404_5'),"
                + " ('L-1', 'M-2', 'S2', 150, 'Lab A', 'CLOSED_CIRCUIT_IEC_60404_5'),"
                + " ('L-2', 'M-1', 'S1', 20, 'Lab B', NULL)");
        jdbc.update("INSERT INTO q_lot_measurement_value (lot_id, measurement_id, characteristic, canonical_value)"
                + " VALUES ('L-1', 'M-1', 'BR', 1.31), ('L-1', 'M-1', 'HCJ', 1615.4), ('L-1', 'M-1', 'IRREVERSIBLE_FLUX_LOSS', 2.5),"
                + " ('L-1', 'M-2', 'BETA_HCJ', -0.55), ('L-2', 'M-1', 'HCJ', 1580)");

        db.migrate();

        var read = new LotMeasurements(db.jdbc);
        PageQuery page = new PageQuery(0, 20, "measurement_id", false);
        assertThat(read.find("L-1", null, null, null, page).items()).extracting(LotMeasurement::measurementId,
                        m -> m.values().stream().map(v -> entry(v.characteristic(), v.value())).toList())
                .containsExactly(
                        tuple("M-1", List.of(entry("BR", 1.31),
                                entry("HCJ", 1615.4), entry("IRREVERSIBLE_FLUX_LOSS", 2.5))),
                        tuple("M-2", List.of(entry("BETA_HCJ", -0.55))));
        assertThat(read.find("L-2", null, Characteristic.HCJ, null, page).items()).singleElement()
                .satisfies(m -> assertThat(m.values()).extracting(MeasuredValue::value).containsExactly(1580.0));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables"
                + " WHERE LOWER(table_name) = 'q_lot_measurement_value'", Integer.class)).isZero();
    }
}
