package org.specloop.query.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.junit.jupiter.api.Test;
import org.specloop.query.QueryDatabase;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

class BufferedInsertsTest {
    private final QueryDatabase db = new QueryDatabase();
    private final BufferedInserts measurements = new BufferedInserts(db.jdbc, "q_lot_measurement",
            List.of("lot_id", "measurement_id"), List.of("lot_id", "measurement_id", "sample_id", "lab"));

    private static Map<String, Object> row(String lot, String measurement, String sample) {
        Map<String, Object> row = new HashMap<>();
        row.put("lot_id", lot);
        row.put("measurement_id", measurement);
        row.put("sample_id", sample);
        row.put("lab", null);
        return row;
    }

    private List<String> stored() {
        return db.jdbc.queryForList("SELECT lot_id || '/' || measurement_id || '/' || sample_id FROM q_lot_measurement"
                + " ORDER BY lot_id, measurement_id", new MapSqlParameterSource(), String.class);
    }

    private static UnitOfWork<?> batch() {
        return DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("a batch of events"));
    }

    @Test
    void rows_of_a_unit_of_work_are_written_when_it_commits() {
        UnitOfWork<?> unitOfWork = batch();
        measurements.insertIfAbsent(row("L-1", "M-1", "S-1"));
        measurements.insertIfAbsent(row("L-1", "M-2", "S-1"));
        measurements.insertIfAbsent(row("L-2", "M-1", "S-9"));

        assertThat(stored()).isEmpty();
        unitOfWork.commit();

        assertThat(stored()).containsExactly("L-1/M-1/S-1", "L-1/M-2/S-1", "L-2/M-1/S-9");
    }

    @Test
    void a_replayed_row_changes_nothing_whether_stored_before_or_repeated_in_the_batch() {
        measurements.insertIfAbsent(row("L-1", "M-1", "first"));

        UnitOfWork<?> unitOfWork = batch();
        measurements.insertIfAbsent(row("L-1", "M-1", "replayed"));
        measurements.insertIfAbsent(row("L-1", "M-2", "first"));
        measurements.insertIfAbsent(row("L-1", "M-2", "repeated"));
        // same measurement id in another lot is another row
        measurements.insertIfAbsent(row("L-3", "M-1", "other lot"));
        unitOfWork.commit();

        assertThat(stored()).containsExactly("L-1/M-1/first", "L-1/M-2/first", "L-3/M-1/other lot");
    }

    @Test
    void a_rolled_back_unit_of_work_writes_nothing() {
        UnitOfWork<?> unitOfWork = batch();
        measurements.insertIfAbsent(row("L-1", "M-1", "S-1"));
        unitOfWork.rollback();

        assertThat(stored()).isEmpty();
    }

    @Test
    void outside_a_unit_of_work_a_row_is_written_at_once() {
        measurements.insertIfAbsent(row("L-1", "M-1", "S-1"));

        assertThat(stored()).containsExactly("L-1/M-1/S-1");
    }

    @Test
    void more_rows_than_one_key_query_takes_are_checked_in_chunks() {
        for (int i = 0; i < 700; i += 2) {
            measurements.insertIfAbsent(row("L-1", "M-%04d".formatted(i), "before"));
        }
        UnitOfWork<?> unitOfWork = batch();
        for (int i = 0; i < 700; i++) {
            measurements.insertIfAbsent(row("L-1", "M-%04d".formatted(i), "batch"));
        }
        unitOfWork.commit();

        assertThat(stored()).hasSize(700).filteredOn(s -> s.endsWith("/before")).hasSize(350);
    }

    @Test
    void key_columns_must_be_written() {
        assertThatThrownBy(() -> new BufferedInserts(db.jdbc, "q_lot_measurement", List.of("lot_id", "measurement_id"),
                List.of("lot_id", "sample_id"))).isInstanceOf(IllegalArgumentException.class);
    }
}
