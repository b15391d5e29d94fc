package org.specloop.query.shared;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.specloop.readside.shared.DatabaseKind;
import org.specloop.readside.shared.PerBatch;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

/**
 * Insert-if-absent rows of one table, written when the processor's unit of work (a batch of events) is
 * about to commit, in its transaction: one query for the keys already stored and one batched insert,
 * instead of a look-up and an insert per event. A lab batch of 50 measurements made 200 round trips in
 * the lot projection and its history; the projection fell minutes behind a 5,000/s write path.
 * A key already stored or already buffered is skipped, so a replayed event changes nothing. Outside a
 * unit of work (tests, tools) the row is written at once.
 * <p>
 * On PostgreSQL the batch is one {@code INSERT ... ON CONFLICT (key) DO NOTHING} of one array per column
 * ({@link ArrayInsert}): the key query cost a replay of query-lots more database time than the inserts
 * (docs/benchmarks.md, "replay"). H2 has no such clause outside its PostgreSQL mode, so there the stored keys
 * are asked first.
 */
public final class BufferedInserts {
    private static final int KEYS_PER_QUERY = 500;
    private static final java.util.Comparator<List<Object>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = String.valueOf(a.get(i)).compareTo(String.valueOf(b.get(i)));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    };
    private final NamedParameterJdbcTemplate jdbc;
    private final String table;
    private final List<String> keyColumns;
    private final String insert;
    private final ArrayInsert insertIgnoringStored;
    private final String resourceKey;
    private final DatabaseKind database;

    /** columns: all columns written, named parameters of the same names; keyColumns: the primary key (text columns). */
    public BufferedInserts(NamedParameterJdbcTemplate jdbc, String table, List<String> keyColumns, List<String> columns) {
        if (!columns.containsAll(keyColumns)) {
            throw new IllegalArgumentException("the key columns " + keyColumns + " must be among the columns " + columns);
        }
        this.jdbc = jdbc;
        this.table = table;
        this.keyColumns = List.copyOf(keyColumns);
        this.insert = "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ")";
        this.insertIgnoringStored = new ArrayInsert(table, keyColumns, columns);
        this.resourceKey = BufferedInserts.class.getName() + "/" + table;
        this.database = new DatabaseKind(jdbc.getJdbcOperations());
    }

    /** row: a value for every column (null allowed outside the key). */
    public void insertIfAbsent(Map<String, ?> row) {
        List<Object> key = keyColumns.stream().<Object>map(row::get).toList();
        Map<List<Object>, Map<String, ?>> pending = PerBatch.current(resourceKey, LinkedHashMap::new, this::write);
        if (pending == null) {
            write(Map.of(key, row));
            return;
        }
        pending.putIfAbsent(key, row);
    }

    /**
     * In key order: two segments inserting the same keys (a lot installed in motors of one design, whose runs are
     * different aggregates) then wait for each other in one order, where insertion order let them deadlock.
     */
    private void write(Map<List<Object>, Map<String, ?>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        if (database.isPostgres()) {
            insertIgnoringStored.write(jdbc.getJdbcOperations(), rows.entrySet().stream()
                    .sorted(Map.Entry.comparingByKey(KEY_ORDER)).map(Map.Entry::getValue).toList());
            return;
        }
        Set<List<Object>> stored = storedKeys(rows.keySet());
        SqlParameterSource[] absent = rows.entrySet().stream().filter(e -> !stored.contains(e.getKey()))
                .map(e -> new MapSqlParameterSource(e.getValue())).toArray(SqlParameterSource[]::new);
        if (absent.length > 0) {
            jdbc.batchUpdate(insert, absent);
        }
    }


    /** Keys of rows already stored, asked with IN per key column (the primary key's index serves it). */
    private Set<List<Object>> storedKeys(Set<List<Object>> keys) {
        String select = "SELECT " + String.join(", ", keyColumns) + " FROM " + table + " WHERE "
                + keyColumns.stream().map(c -> c + " IN (:" + c + ")").collect(Collectors.joining(" AND "));
        List<List<Object>> all = new ArrayList<>(keys);
        Set<List<Object>> stored = new HashSet<>();
        for (int from = 0; from < all.size(); from += KEYS_PER_QUERY) {
            List<List<Object>> chunk = all.subList(from, Math.min(all.size(), from + KEYS_PER_QUERY));
            MapSqlParameterSource params = new MapSqlParameterSource();
            for (int c = 0; c < keyColumns.size(); c++) {
                int column = c;
                params.addValue(keyColumns.get(c), chunk.stream().map(k -> k.get(column)).distinct().toList());
            }
            jdbc.query(select, params, rs -> {
                List<Object> key = new ArrayList<>(keyColumns.size());
                for (String column : keyColumns) {
                    key.add(rs.getObject(column));
                }
                if (keys.contains(key)) {
                    stored.add(key);
                }
            });
        }
        return stored;
    }
}
