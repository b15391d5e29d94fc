package org.specloop.query.shared;

import org.specloop.readside.shared.CsvExport;

import java.util.Locale;
import java.util.Map;

/**
 * Page, size and sort of a list query. Sort fields come from a per-endpoint whitelist that
 * maps API names to columns, so no client text ever reaches the SQL. A list asked for as CSV is an
 * export: its size defaults to, and may go up to, {@link CsvExport#MAX_ROWS}.
 */
public record PageQuery(int page, int size, String sortColumn, boolean descending) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 200;

    public static PageQuery parse(String page, String size, String sort, Map<String, String> sortable, String defaultSort) {
        boolean export = CsvExport.requested();
        int maxSize = export ? CsvExport.MAX_ROWS : MAX_SIZE;
        int pageNumber = parseInt("page", page, 0);
        int pageSize = parseInt("size", size, export ? CsvExport.MAX_ROWS : DEFAULT_SIZE);
        if (pageNumber < 0) {
            throw Requests.badRequest("page must be 0 or more, got " + pageNumber);
        }
        if (pageSize < 1 || pageSize > maxSize) {
            throw Requests.badRequest("size must be between 1 and " + maxSize + (export ? " for CSV" : "")
                    + ", got " + pageSize);
        }
        String[] parts = (sort == null || sort.isBlank() ? defaultSort : sort).split(",", -1);
        if (parts.length > 2) {
            throw Requests.badRequest("sort must be 'field' or 'field,asc|desc', got '" + sort + "'");
        }
        String column = sortable.get(parts[0].trim());
        if (column == null) {
            throw Requests.badRequest("cannot sort by '" + parts[0].trim() + "'; sortable fields: "
                    + String.join(", ", sortable.keySet().stream().sorted().toList()));
        }
        String direction = parts.length == 2 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
        if (!direction.equals("asc") && !direction.equals("desc")) {
            throw Requests.badRequest("sort direction must be asc or desc, got '" + parts[1].trim() + "'");
        }
        return new PageQuery(pageNumber, pageSize, column, direction.equals("desc"));
    }

    /** A fixed page of history or similar lists that have one natural order. */
    public static PageQuery unsorted(String page, String size) {
        return parse(page, size, null, Map.of("natural", "natural"), "natural");
    }

    public long offset() {
        return (long) page * size;
    }

    /**
     * ORDER BY clause; the tie breaker keeps pages stable when sort values repeat. It runs in the sort's direction,
     * so that one index on (filter..., sort column, tie breaker), read forwards or backwards, hands out a page in
     * order and stops after it: with the tie breaker always ascending, a descending list read every matching row
     * and sorted them (the plant's lot list, 10,000 released lots of a part, for each page of 50).
     */
    public String orderBy(String tieBreaker) {
        String dir = descending ? " DESC" : " ASC";
        return " ORDER BY " + sortColumn + dir + (sortColumn.equals(tieBreaker) ? "" : ", " + tieBreaker + dir);
    }

    public String limit() {
        return " LIMIT " + size + " OFFSET " + offset();
    }

    private static int parseInt(String name, String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw Requests.badRequest(name + " must be a whole number, got '" + text + "'");
        }
    }
}
