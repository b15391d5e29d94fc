package org.specloop.query.shared;

import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * PostgreSQL: the rows of a batch as one {@code INSERT ... SELECT * FROM unnest(one array per column) ON CONFLICT
 * (key) DO NOTHING}. The driver's batch of one-row inserts, even rewritten into multi-row statements, expanded and
 * bound every value of every row on its own: in a replay of query-lots that was 39 % of the work packages' CPU, and
 * the server parsed and planned a statement per 128 rows (docs/benchmarks.md, "What a replayed event costs").
 */
final class ArrayInsert {
    private final ColumnArrays arrays;
    private final String sql;

    ArrayInsert(String table, List<String> keyColumns, List<String> columns) {
        this.arrays = new ColumnArrays(table, columns);
        this.sql = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT * FROM unnest("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ") ON CONFLICT ("
                + String.join(", ", keyColumns) + ") DO NOTHING";
    }

    /** rows: a value (or null) for every column, in the order they are to be inserted. */
    void write(JdbcOperations jdbc, List<? extends Map<String, ?>> rows) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                arrays.bind(connection, insert, rows);
                insert.executeUpdate();
            }
            return null;
        });
    }
}
