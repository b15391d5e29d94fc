package org.specloop.ingest.translate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.specloop.command.kernel.FieldError;
import org.specloop.command.kernel.RequestValidationException;
import org.specloop.contracts.ingest.LabCsvColumns;
import org.specloop.contracts.lot.MeasurementMethod;
import org.specloop.contracts.units.Characteristic;
import org.specloop.ingest.Refusal;
import org.specloop.ingest.parse.CsvTable;

/**
 * A lab instrument's CSV export, one row per sample and temperature with a column per characteristic
 * (the shape a hysteresisgraph's result table has), turned row by row into the very LabMeasurementMessage
 * JSON that an NDJSON line carries. This class only reads cells: whether a value, unit, temperature or
 * instant is acceptable is decided by LabMessages and MeasurementRequests, as for every other lab input.
 * What it refuses itself is what a JSON line could not even express: a cell that is not a number, a
 * time that names no instant.
 */
public final class LabCsv {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** "HcJ [kA/m]": a characteristic or quantity with its unit in square brackets ((BH)max has parentheses). */
    private static final Pattern WITH_UNIT = Pattern.compile("^(.*?)\\s*\\[([^\\]]*)]\\s*$");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

    /**
     * The user's mapping: which column holds what (by its header text), and what holds for the whole file.
     * A column left null is looked for under its usual names (Lot, Sample, Measured at, Temperature ...);
     * with no value columns named, every other column whose header names a magnet property is one.
     *
     * @param values              value columns as {@code column}, {@code column|characteristic} or
     *                            {@code column|characteristic|unit}; a bare column reads "symbol [unit]"
     *                            from its header
     * @param testTemperatureUnit unit of the temperature column; default the unit in its header, else degC
     * @param timeZone            zone of measured-at times written without an offset; none: such a time is refused
     */
    public record Mapping(String lotId, String sampleId, String measuredAt, String testTemperature,
                          String testTemperatureUnit, String measurementId, List<String> values, String lab,
                          String instrument, String method, String timeZone) {
        public Mapping {
            values = values == null ? List.of() : List.copyOf(values);
        }
    }

    /** One value column: where it is and what it holds. */
    public record ValueColumn(String column, int index, String characteristic, String unit) {
    }

    /** A row turned into its message: the NDJSON line it would have been, and where each field came from. */
    public record Line(byte[] json, String lotId, String sampleId, String measurementId, Map<String, String> columns) {
    }

    private final List<String> header;
    private final int lot;
    private final int sample;
    private final int measured;
    private final int temperature;
    private final int measurementId;
    private final String temperatureUnit;
    private final List<ValueColumn> values;
    private final Mapping mapping;
    private final ZoneId zone;
    private final boolean decimalComma;
    private final char delimiter;

    private LabCsv(List<String> header, int lot, int sample, int measured, int temperature, int measurementId,
                   String temperatureUnit, List<ValueColumn> values, Mapping mapping, ZoneId zone, char delimiter) {
        this.header = header;
        this.lot = lot;
        this.sample = sample;
        this.measured = measured;
        this.temperature = temperature;
        this.measurementId = measurementId;
        this.temperatureUnit = temperatureUnit;
        this.values = List.copyOf(values);
        this.mapping = mapping;
        this.zone = zone;
        this.delimiter = delimiter;
        this.decimalComma = delimiter != ',';
    }

    /**
     * Binds the mapping to the file's header; a column that is not there, or a mapping that leaves no
     * value column, refuses the whole file (400): no row could be read right.
     */
    public static LabCsv bind(Mapping mapping, CsvTable table) {
        List<String> header = table.header();
        List<FieldError> errors = new ArrayList<>();
        int lot = column(errors, header, "lotId", mapping.lotId(), true);
        int sample = column(errors, header, "sampleId", mapping.sampleId(), true);
        int measured = column(errors, header, "measuredAt", mapping.measuredAt(), true);
        int temperature = column(errors, header, "testTemperature", mapping.testTemperature(), true);
        int measurementId = column(errors, header, "measurementId", mapping.measurementId(), false);
        String temperatureUnit = mapping.testTemperatureUnit() != null && !mapping.testTemperatureUnit().isBlank()
                ? mapping.testTemperatureUnit().strip()
                : temperature < 0 ? null : unitOf(header.get(temperature)).orElse(null);
        ZoneId zone = null;
        if (mapping.timeZone() != null && !mapping.timeZone().isBlank()) {
            try {
                zone = ZoneId.of(mapping.timeZone().strip());
            } catch (DateTimeException e) {
                errors.add(new FieldError("timeZone", "'" + mapping.timeZone() + "' is not a time zone (e.g. Europe/Berlin, UTC)"));
            }
        }
        List<ValueColumn> values = mapping.values().isEmpty()
                ? valueColumnsByHeader(header, List.of(lot, sample, measured, temperature, measurementId))
                : valueColumns(errors, header, mapping.values());
        if (values.isEmpty() && errors.isEmpty()) {
            errors.add(new FieldError("value", "no column holds a magnet property: name them (value=HcJ [kA/m]) or"
                    + " head them with a property and its unit, e.g. HcJ [kA/m]"));
        }
        if (!errors.isEmpty()) {
            throw new RequestValidationException(errors);
        }
        return new LabCsv(header, lot, sample, measured, temperature, measurementId, temperatureUnit, values, mapping,
                zone, table.delimiter());
    }

    public List<ValueColumn> values() {
        return values;
    }

    /** The row as the message an NDJSON line would carry; a cell no JSON line could hold is a Refusal. */
    public Line line(CsvTable.Row row) {
        List<String> cells = row.cells();
        if (cells.size() != header.size()) {
            throw new Refusal("the line has " + cells.size() + " cells, the header " + header.size()
                    + " (delimiter " + (delimiter == '\t' ? "tab" : "'" + delimiter + "'") + "; a cell holding it must be quoted)");
        }
        Map<String, String> columns = new LinkedHashMap<>();
        ObjectNode m = JSON.createObjectNode();
        String lotId = text(cells, lot);
        String sampleId = text(cells, sample);
        m.put("lotId", lotId);
        columns.put("lotId", header.get(lot));
        m.put("sampleId", sampleId);
        columns.put("sampleId", header.get(sample));
        String id = measurementId >= 0 ? text(cells, measurementId) : derivedId(cells);
        m.put("measurementId", id);
        if (measurementId >= 0) {
            columns.put("measurementId", header.get(measurementId));
        }
        Double t = number(cells, temperature);
        if (t != null) {
            ObjectNode tv = m.putObject("testTemperature").put("value", t);
            if (temperatureUnit != null) {
                tv.put("unit", temperatureUnit);
            }
        }
        columns.put("testTemperature", header.get(temperature));
        m.put("lab", mapping.lab());
        m.put("instrument", mapping.instrument());
        m.put("method", method(mapping.method()));
        ArrayNode vs = m.putArray("values");
        for (ValueColumn v : values) {
            Double value = number(cells, v.index());
            if (value == null) {
                continue; // not measured on this sample: the message simply does not name it
            }
            columns.put("values[" + vs.size() + "]", v.column());
            ObjectNode node = vs.addObject().put("characteristic", v.characteristic()).put("value", value);
            if (v.unit() != null && !v.unit().isBlank()) {
                node.put("unit", v.unit());
            }
        }
        m.put("measuredAt", instant(cells, measured));
        columns.put("measuredAt", header.get(measured));
        try {
            return new Line(JSON.writeValueAsBytes(m), lotId, sampleId, id, columns);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String text(List<String> cells, int index) {
        String cell = cells.get(index).strip();
        return cell.isEmpty() ? null : cell;
    }

    /** A blank cell is no value; a comma is the decimal separator in a file whose delimiter is not one. */
    private Double number(List<String> cells, int index) {
        String cell = cells.get(index).strip();
        if (cell.isEmpty()) {
            return null;
        }
        String candidate = decimalComma ? cell.replace(',', '.') : cell;
        if (!NUMBER.matcher(candidate).matches()) {
            throw new Refusal("column '" + header.get(index) + "': '" + cell + "' is not a number"
                    + (decimalComma ? "" : " (write decimals with a point in a comma-separated file)"));
        }
        return Double.valueOf(candidate);
    }

    /**
     * ISO 8601 with an offset (2026-11-30T14:02:11Z, a space for the T allowed), or a local time when the
     * mapping names the zone the instrument's clock keeps.
     */
    private String instant(List<String> cells, int index) {
        String cell = text(cells, index);
        if (cell == null) {
            return null;
        }
        String iso = cell.length() > 10 && cell.charAt(10) == ' ' ? cell.substring(0, 10) + 'T' + cell.substring(11) : cell;
        try {
            return OffsetDateTime.parse(iso).toInstant().toString();
        } catch (DateTimeException notWithOffset) {
            try {
                LocalDateTime local = LocalDateTime.parse(iso);
                if (zone == null) {
                    throw new Refusal("column '" + header.get(index) + "': '" + cell + "' has no UTC offset; write it as"
                            + " 2026-11-30T14:02:11Z or +01:00, or give the timeZone of the instrument's clock");
                }
                return local.atZone(zone).toInstant().toString();
            } catch (DateTimeException neither) {
                throw new Refusal("column '" + header.get(index) + "': '" + cell + "' is not a date and time"
                        + " (ISO 8601, e.g. 2026-11-30T14:02:11Z)");
            }
        }
    }

    /**
     * Without a measurement id column, the id is derived from what identifies the measurement (lot,
     * sample, temperature, time), so importing the same file twice records each measurement once.
     */
    private String derivedId(List<String> cells) {
        String key = String.join("\u0000", cells.get(lot).strip(), cells.get(sample).strip(),
                cells.get(temperature).strip(), cells.get(measured).strip());
        return "csv-" + UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    /** The enum name, or the usual short words; anything else goes on as given and is refused by the reader. */
    private static String method(String method) {
        if (method == null || method.isBlank()) {
            return null;
        }
        String key = method.strip().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (key.startsWith("OPEN") || key.contains("6040418")) {
            return MeasurementMethod.OPEN_CIRCUIT_IEC_60404_18.name();
        }
        if (key.startsWith("CLOSED") || key.contains("604045")) {
            return MeasurementMethod.CLOSED_CIRCUIT_IEC_60404_5.name();
        }
        return method;
    }

    /** The column named, or else the first whose header (without its unit) is one of the usual names. */
    private static int column(List<FieldError> errors, List<String> header, String field, String named, boolean required) {
        if (named != null && !named.isBlank()) {
            int index = indexOf(header, named);
            if (index < 0) {
                errors.add(new FieldError(field, "names column '" + named + "', which the header " + header + " does not have"));
            }
            return index;
        }
        List<String> usualNames = LabCsvColumns.USUAL_NAMES.get(field);
        for (int i = 0; i < header.size(); i++) {
            if (usualNames.contains(LabCsvColumns.key(header.get(i)))) {
                return i;
            }
        }
        if (required) {
            errors.add(new FieldError(field, "names no column, and none of the header " + header
                    + " has a usual name for it (" + String.join(", ", usualNames) + ")"));
        }
        return -1;
    }

    private static int indexOf(List<String> header, String column) {
        String wanted = column.strip();
        int index = header.indexOf(wanted);
        if (index >= 0) {
            return index;
        }
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static List<ValueColumn> valueColumns(List<FieldError> errors, List<String> header, List<String> given) {
        List<ValueColumn> columns = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String[] parts = given.get(i).split("\\|", -1);
            String field = "value[" + i + "]";
            if (parts.length > 3) {
                errors.add(new FieldError(field, "'" + given.get(i) + "' is not column, column|characteristic or"
                        + " column|characteristic|unit"));
                continue;
            }
            int index = indexOf(header, parts[0]);
            if (index < 0) {
                errors.add(new FieldError(field, "names column '" + parts[0].strip() + "', which the header " + header
                        + " does not have"));
                continue;
            }
            String characteristic = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : nameOf(header.get(index));
            String unit = parts.length > 2 ? parts[2].strip() : parts.length > 1 ? null : unitOf(header.get(index)).orElse(null);
            columns.add(new ValueColumn(header.get(index), index, characteristic, unit));
        }
        return columns;
    }

    /** Every column not otherwise mapped whose header names a magnet property, e.g. "HcJ [kA/m]", "Hk/HcJ". */
    private static List<ValueColumn> valueColumnsByHeader(List<String> header, List<Integer> taken) {
        List<ValueColumn> columns = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (taken.contains(i)) {
                continue;
            }
            String name = nameOf(header.get(i));
            if (Characteristic.parse(name).isPresent()) {
                columns.add(new ValueColumn(header.get(i), i, name, unitOf(header.get(i)).orElse(null)));
            }
        }
        return columns;
    }

    /** "HcJ [kA/m]" is HcJ; a header without brackets is its own name. */
    static String nameOf(String header) {
        Matcher m = WITH_UNIT.matcher(header);
        return m.matches() ? m.group(1).strip() : header.strip();
    }

    /** "HcJ [kA/m]" is in kA/m; "[-]" and "[]" mean no unit (a ratio). */
    static Optional<String> unitOf(String header) {
        Matcher m = WITH_UNIT.matcher(header);
        if (!m.matches()) {
            return Optional.empty();
        }
        String unit = m.group(2).strip();
        return unit.isEmpty() || unit.equals("-") || unit.equals("1") ? Optional.empty() : Optional.of(unit);
    }
}
