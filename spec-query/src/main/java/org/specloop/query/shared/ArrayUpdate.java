package org.specloop.query.shared;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * PostgreSQL: rows of a table changed by their key, as one {@code UPDATE ... FROM unnest(one array per column)}.
 * The lots' evaluations of a batch were one statement each in the driver's batch: in a replay of query-lots
 * 40,000 statements, 7 % of the database's time (docs/benchmarks.md, "What a replayed event costs"). Each key
 * at most once per call: which of two rows for one key would win is not defined.
 */
public final class ArrayUpdate {
    private final ColumnArrays arrays;
    private final String sql;

    /** keyColumn: the column the rows are found by; columns: the columns set, by the same names in each row. */
    public ArrayUpdate(String table, String keyColumn, List<String> columns) {
        List<String> all = new ArrayList<>();
        all.add(keyColumn);
        all.addAll(columns);
        this.arrays = new ColumnArrays(table, all);
        this.sql = "UPDATE " + table + " AS t SET " + columns.stream().map(c -> c + " = u." + c).collect(Collectors.joining(", "))
                + " FROM unnest(" + all.stream().map(c -> "?").collect(Collectors.joining(", ")) + ") AS u("
                + String.join(", ", all) + ") WHERE t." + keyColumn + " = u." + keyColumn;
    }

    /** rows: the key and a value (or null) for every column set. */
    public void write(JdbcOperations jdbc, List<? extends Map<String, ?>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (PreparedStatement update = connection.prepareStatement(sql)) {
                arrays.bind(connection, update, rows);
                update.executeUpdate();
            }
            return null;
        });
    }
}
