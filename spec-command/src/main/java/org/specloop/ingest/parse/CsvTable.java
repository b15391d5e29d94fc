package org.specloop.ingest.parse;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as a lab instrument exports it, read into a header and rows (RFC 4180 quoting: a quoted
 * cell may hold the delimiter, a doubled quote and line breaks). UTF-8, with or without a byte order
 * mark, since spreadsheet programs write one. The delimiter is the one of comma, semicolon and tab that
 * the header line holds most often outside quotes: European instrument software writes semicolons
 * because its decimal separator is a comma. Rows keep the number of the line they start on, counted
 * from 1 as an editor shows them, so a report points at the line the lab sees; blank lines are skipped.
 */
public final class CsvTable {

    /** One row of cells, as many as the line holds (the mapping decides what a short row means). */
    public record Row(int line, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** The file cannot be read as a table at all: no row can be judged on its own. */
    public static final class Unreadable extends RuntimeException {
        public Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    /** More rows than one request may carry; the caller answers 413 and names the limit. */
    public static final class TooManyRows extends RuntimeException {
        private final int limit;

        TooManyRows(int limit) {
            super("the file holds more than " + limit + " rows; split it into files of at most " + limit + " rows",
                    null, false, false);
            this.limit = limit;
        }

        public int limit() {
            return limit;
        }
    }

    private final char delimiter;
    private final int headerLine;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(char delimiter, int headerLine, List<String> header, List<Row> rows) {
        this.delimiter = delimiter;
        this.headerLine = headerLine;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads the table whose header is on line headerLine (from 1; instrument exports often start with a
     * preamble of settings), with at most maxRows rows after it.
     */
    public static CsvTable read(byte[] body, int headerLine, int maxRows) {
        String text = utf8(body);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int start = 0;
        for (int line = 1; line < headerLine; line++) {
            int next = text.indexOf('\n', start);
            if (next < 0) {
                throw new Unreadable("the file has fewer than " + headerLine + " lines: no header on line " + headerLine);
            }
            start = next + 1;
        }
        char delimiter = delimiter(text, start);
        Reader reader = new Reader(text, start, headerLine, delimiter);
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        Row row;
        while ((row = reader.next()) != null) {
            if (header == null) {
                header = row.cells().stream().map(String::strip).toList();
            } else if (rows.size() == maxRows) {
                throw new TooManyRows(maxRows);
            } else {
                rows.add(row);
            }
        }
        if (header == null) {
            throw new Unreadable("holds no CSV header line" + (headerLine > 1 ? " on line " + headerLine : ""));
        }
        return new CsvTable(delimiter, headerLine, header, rows);
    }

    public char delimiter() {
        return delimiter;
    }

    public int headerLine() {
        return headerLine;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    private static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw new Unreadable("is not UTF-8 text; export the file as UTF-8 (CSV UTF-8 in a spreadsheet program)");
        }
    }

    /** The most frequent of ; , and tab outside quotes on the header line; a comma when it holds none. */
    static char delimiter(String text, int start) {
        int semicolons = 0;
        int commas = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = start; i < text.length() && (quoted || text.charAt(i) != '\n'); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                semicolons += c == ';' ? 1 : 0;
                commas += c == ',' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** RFC 4180 with CRLF or LF line ends; a quote inside an unquoted cell is kept as it is. */
    private static final class Reader {
        private final String text;
        private final char delimiter;
        private int pos;
        private int line;

        Reader(String text, int start, int firstLine, char delimiter) {
            this.text = text;
            this.pos = start;
            this.line = firstLine;
            this.delimiter = delimiter;
        }

        Row next() {
            while (pos < text.length()) {
                int startLine = line;
                List<String> cells = row(startLine);
                if (cells.size() > 1 || !cells.get(0).isBlank()) {
                    return new Row(startLine, cells);
                }
            }
            return null;
        }

        private List<String> row(int startLine) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            boolean wasQuoted = false;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (quoted) {
                    if (c == '"') {
                        if (pos < text.length() && text.charAt(pos) == '"') {
                            cell.append('"');
                            pos++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        cell.append(c);
                    }
                } else if (c == '"' && cell.isEmpty() && !wasQuoted) {
                    quoted = true;
                    wasQuoted = true;
                } else if (c == delimiter) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    wasQuoted = false;
                } else if (c == '\n') {
                    line++;
                    break;
                } else if (c != '\r' || pos < text.length() && text.charAt(pos) != '\n') {
                    cell.append(c);
                }
            }
            if (quoted) {
                throw new Unreadable("line " + startLine + ": a quoted cell is not closed before the end of the file");
            }
            cells.add(cell.toString());
            return cells;
        }
    }
}
