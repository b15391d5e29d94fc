package org.specloop.readside.shared;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records as RFC 4180 CSV: a header row from the record's components, one row per record, CRLF line
 * ends. A nested record becomes columns named "outer.inner"; a list of plain values one cell joined by
 * "; "; a list of records one cell of JSON unless the component asks for a row per item
 * ({@link CsvRowPerItem}). The columns come from the type, not from the rows, so an empty list still
 * has its header. Text cells that a spreadsheet would run as a formula (starting with = + - @, a tab
 * or a carriage return) are prefixed with a single quote, as OWASP advises against CSV injection;
 * numbers are written as numbers, so a negative value stays a negative value.
 */
public final class CsvTable {
    private static final String CRLF = "\r\n";

    private final List<Column> columns;
    private final Function<Object, String> json;

    private CsvTable(List<Column> columns, Function<Object, String> json) {
        this.columns = columns;
        this.json = json;
    }

    /** The table of a record type; JSON cells (lists of records, maps, JSON nodes) are written with the mapper. */
    public static CsvTable of(Class<?> rowType, ObjectMapper mapper) {
        return new CsvTable(columns(rowType, ""), value -> Json.write(mapper, value));
    }

    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }

    public void write(Collection<?> rows, Writer out) {
        try {
            line(header(), out);
            for (Object row : rows) {
                for (List<String> cells : cells(row)) {
                    line(cells, out);
                }
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One cell as RFC 4180 wants it: quoted when it holds a comma, a quote or a line break; quotes doubled. */
    public static String quote(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    /** Text that a spreadsheet would read as a formula gets a leading single quote (OWASP CSV injection). */
    public static String defuse(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }

    private static void line(List<String> cells, Writer out) throws IOException {
        out.write(cells.stream().map(CsvTable::quote).collect(Collectors.joining(",")));
        out.write(CRLF);
    }

    /** The rows one record gives: one, or one per item of its exploded list (one with blanks if it is empty). */
    private List<List<String>> cells(Object row) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(new ArrayList<>());
        for (Column column : columns) {
            if (column.exploded() == null) {
                String cell = cell(column.read(row));
                rows.forEach(r -> r.add(cell));
            }
        }
        Column first = columns.stream().filter(c -> c.exploded() != null).findFirst().orElse(null);
        if (first == null) {
            return rows;
        }
        Collection<?> items = (Collection<?>) first.exploded().read(row);
        List<Column> inner = columns.stream().filter(c -> c.exploded() == first.exploded()).toList();
        List<List<String>> exploded = new ArrayList<>();
        List<String> base = rows.get(0);
        if (items == null || items.isEmpty()) {
            exploded.add(assemble(base, inner.stream().map(c -> "").toList()));
            return exploded;
        }
        for (Object item : items) {
            exploded.add(assemble(base, inner.stream().map(c -> cell(c.read(item))).toList()));
        }
        return exploded;
    }

    /** Puts the exploded cells back where their columns stand, between the record's other columns. */
    private List<String> assemble(List<String> base, List<String> explodedCells) {
        List<String> out = new ArrayList<>(columns.size());
        int b = 0;
        int e = 0;
        for (Column column : columns) {
            out.add(column.exploded() == null ? base.get(b++) : explodedCells.get(e++));
        }
        return out;
    }

    private String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return d.isNaN() || d.isInfinite() ? d.toString() : BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Float f) {
            return cell(f.doubleValue());
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Enum<?> e) {
            return defuse(e.name());
        }
        if (value instanceof Collection<?> list && list.stream().allMatch(CsvTable::plain)) {
            return defuse(list.stream().map(v -> v == null ? "" : v.toString()).collect(Collectors.joining("; ")));
        }
        if (plain(value)) {
            return defuse(value.toString());
        }
        return defuse(json.apply(value));
    }

    /** Values whose text is their meaning: strings, numbers, instants, dates, identifiers. */
    private static boolean plain(Object value) {
        return value == null || !(value instanceof Collection<?> || value instanceof Map<?, ?> || value.getClass().isRecord()
                || value.getClass().isArray() || value.getClass().getName().startsWith("com.fasterxml.jackson"));
    }

    private static List<Column> columns(Class<?> type, String prefix) {
        if (!type.isRecord()) {
            return List.of(new Column(prefix.isEmpty() ? "value" : prefix.substring(0, prefix.length() - 1),
                    row -> row, null));
        }
        List<Column> columns = new ArrayList<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = prefix + component.getName();
            Column self = new Column(name, row -> access(component, row), null);
            Class<?> itemType = itemType(component);
            if (prefix.isEmpty() && component.isAnnotationPresent(CsvRowPerItem.class) && itemType != null
                    && itemType.isRecord()) {
                if (columns.stream().anyMatch(c -> c.exploded() != null)) {
                    throw new IllegalStateException(type.getSimpleName() + " asks for a row per item of two lists");
                }
                for (Column inner : columns(itemType, prefix)) {
                    columns.add(new Column(inner.name(), inner.reader(), self));
                }
            } else if (component.getType().isRecord()) {
                for (Column inner : columns(component.getType(), name + ".")) {
                    columns.add(new Column(inner.name(), row -> {
                        Object nested = self.read(row);
                        return nested == null ? null : inner.read(nested);
                    }, null));
                }
            } else {
                columns.add(self);
            }
        }
        return columns;
    }

    private static Class<?> itemType(RecordComponent component) {
        if (!Collection.class.isAssignableFrom(component.getType())) {
            return null;
        }
        Type generic = component.getGenericType();
        if (generic instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> item) {
            return item;
        }
        return null;
    }

    private static Object access(RecordComponent component, Object row) {
        if (row == null) {
            return null;
        }
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of "
                    + row.getClass().getSimpleName(), e);
        }
    }

    /**
     * A column: its header, how to read its value from a row (or from an item of the exploded list),
     * and, for exploded columns, the column of the list they come from.
     */
    private record Column(String name, Function<Object, Object> reader, Column exploded) {
        Object read(Object row) {
            return reader.apply(row);
        }
    }
}
