package org.specloop.command.sourcing.policy;

import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The measurement facts of the evidence policy ({@code sourcing_measurement}), written once per processor batch:
 * every lab measurement of the plant passes the sourcing group, and one insert per measurement was most of the
 * group's time per event (docs/benchmarks.md). Rows wait until the batch is about to commit, or until something
 * reads the facts ({@link #flush()}), so a reader in the same batch still sees every fact before it. A fact stored
 * already (a replayed or retried event) is left as it is. Outside a batch (tests, tools) a row is written at once.
 */
final class MeasurementFacts {
    private static final String RESOURCE = MeasurementFacts.class.getName();
    private static final String COLUMNS = "lot_id, measurement_id, sample_id, temperature_c, characteristics, values_json,"
            + " tooling, measured_at_ms";
    private static final String VALUES = " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String POSTGRES = "INSERT INTO sourcing_measurement (" + COLUMNS + ")" + VALUES
            + " ON CONFLICT (lot_id, measurement_id) DO NOTHING";
    /** H2 has no ON CONFLICT outside its PostgreSQL mode; a merge rewrites a stored fact with the same values. */
    private static final String H2 = "MERGE INTO sourcing_measurement (" + COLUMNS + ") KEY (lot_id, measurement_id)" + VALUES;

    private final JdbcTemplate jdbc;
    /** Asked at the first write: the data source may not be up when this is built. */
    private volatile Boolean postgres;

    MeasurementFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** row: the values of {@link #COLUMNS}, in that order. */
    void add(Object[] row) {
        List<Object[]> pending = pending();
        if (pending == null) {
            write(List.<Object[]>of(row));
        } else {
            pending.add(row);
        }
    }

    /** Writes what the batch holds so far; called before the facts are read. */
    void flush() {
        if (CurrentUnitOfWork.isStarted()) {
            List<Object[]> pending = CurrentUnitOfWork.get().root().getResource(RESOURCE);
            if (pending != null) {
                write(pending);
                pending.clear();
            }
        }
    }

    private List<Object[]> pending() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        if (!(root instanceof BatchingUnitOfWork<?>) || root.phase() != UnitOfWork.Phase.STARTED) {
            return null;
        }
        return root.getOrComputeResource(RESOURCE, key -> {
            List<Object[]> rows = new ArrayList<>();
            root.onPrepareCommit(u -> {
                write(rows);
                rows.clear();
            });
            return rows;
        });
    }

    private void write(List<Object[]> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(postgres() ? POSTGRES : H2, rows);
        }
    }

    private boolean postgres() {
        Boolean known = postgres;
        if (known == null) {
            known = Boolean.TRUE.equals(jdbc.execute((ConnectionCallback<Boolean>) connection ->
                    connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")));
            postgres = known;
        }
        return known;
    }
}
