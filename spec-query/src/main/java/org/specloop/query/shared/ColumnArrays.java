package org.specloop.query.shared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL: rows of one table bound as one array per column, for statements that read them with
 * {@code unnest} ({@link ArrayInsert}, {@link ArrayUpdate}). Each column's type is read from the table at the
 * first use, so the arrays are of the column's own type: numbers and booleans typed, the rest as text the server
 * reads (instants in UTC).
 */
final class ColumnArrays {
    private static final String COLUMN_TYPES = "SELECT a.attname, t.typname FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid"
            + " WHERE a.attrelid = ?::regclass AND a.attnum > 0 AND NOT a.attisdropped";
    private final String table;
    private final List<String> columns;
    /** The element type of each column's array (pg_type names: varchar, float8, timestamptz...), read once. */
    private volatile List<String> types;

    ColumnArrays(String table, List<String> columns) {
        this.table = table;
        this.columns = List.copyOf(columns);
    }

    /** Binds the rows' values, one array per column in the order of the columns, from parameter 1 on. */
    void bind(Connection connection, PreparedStatement statement, List<? extends Map<String, ?>> rows) throws SQLException {
        List<String> elementTypes = types(connection);
        for (int c = 0; c < columns.size(); c++) {
            String type = elementTypes.get(c);
            statement.setArray(c + 1, connection.createArrayOf(type, column(rows, columns.get(c), type)));
        }
    }

    private List<String> types(Connection connection) throws SQLException {
        List<String> known = types;
        if (known != null) {
            return known;
        }
        Map<String, String> byColumn = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement(COLUMN_TYPES)) {
            query.setString(1, table);
            try (var rs = query.executeQuery()) {
                while (rs.next()) {
                    byColumn.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        known = columns.stream().map(column -> {
            String type = byColumn.get(column);
            if (type == null) {
                throw new IllegalStateException(table + " has no column " + column);
            }
            return type;
        }).toList();
        types = known;
        return known;
    }

    /** One column's values as an array the driver sends as is: numbers and booleans typed, the rest as text. */
    static Object[] column(List<? extends Map<String, ?>> rows, String column, String type) {
        int n = rows.size();
        switch (type) {
            case "float8", "float4" -> {
                Double[] values = new Double[n];
                for (int i = 0; i < n; i++) {
                    Object value = rows.get(i).get(column);
                    values[i] = value == null ? null : ((Number) value).doubleValue();
                }
                return values;
            }
            case "int2", "int4" -> {
                Integer[] values = new Integer[n];
                for (int i = 0; i < n; i++) {
                    Object value = rows.get(i).get(column);
                    values[i] = value == null ? null : ((Number) value).intValue();
                }
                return values;
            }
            case "int8" -> {
                Long[] values = new Long[n];
                for (int i = 0; i < n; i++) {
                    Object value = rows.get(i).get(column);
                    values[i] = value == null ? null : ((Number) value).longValue();
                }
                return values;
            }
            case "bool" -> {
                Boolean[] values = new Boolean[n];
                for (int i = 0; i < n; i++) {
                    values[i] = (Boolean) rows.get(i).get(column);
                }
                return values;
            }
            default -> {
                String[] values = new String[n];
                for (int i = 0; i < n; i++) {
                    values[i] = text(rows.get(i).get(column));
                }
                return values;
            }
        }
    }

    /** A value as PostgreSQL reads it from text; an instant in UTC with its Z, so no session time zone applies. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof OffsetDateTime at) {
            return utc(at.toInstant());
        }
        if (value instanceof Instant at) {
            return utc(at);
        }
        if (value instanceof java.sql.Timestamp at) {
            return utc(at.toInstant());
        }
        return value.toString();
    }

    /**
     * 2026-12-07T21:59:58.123456789Z, written field by field: a formatter's print took 4 % of a replay's work
     * packages, one per history line and measurement. Years outside 0-9999 go through the formatter.
     */
    static String utc(Instant at) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(at.getEpochSecond(), at.getNano(), ZoneOffset.UTC);
        if (t.getYear() < 0 || t.getYear() > 9999) {
            return DateTimeFormatter.ISO_INSTANT.format(at);
        }
        StringBuilder text = new StringBuilder(30);
        digits(text, t.getYear(), 4).append('-');
        digits(text, t.getMonthValue(), 2).append('-');
        digits(text, t.getDayOfMonth(), 2).append('T');
        digits(text, t.getHour(), 2).append(':');
        digits(text, t.getMinute(), 2).append(':');
        digits(text, t.getSecond(), 2);
        if (t.getNano() != 0) {
            digits(text.append('.'), t.getNano(), 9);
        }
        return text.append('Z').toString();
    }

    private static StringBuilder digits(StringBuilder text, int value, int width) {
        String number = Integer.toString(value);
        for (int i = number.length(); i < width; i++) {
            text.append('0');
        }
        return text.append(number);
    }
}
