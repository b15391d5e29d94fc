package org.specloop.calculations.motor.ieclass;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Minimum efficiencies per rating and IE class, loaded as data because the standard's
 * tables are copyrighted, revised, and extended by regulations; the user supplies the
 * rows they are entitled to. CSV with the header
 * {@value #HEADER}; '#' starts a comment line.
 */
public final class EfficiencyClassTable {

    public static final String HEADER = "rated_power_kw,poles,frequency_hz,class,min_efficiency_percent";
    public static final String BUNDLED_RESOURCE = "/org/specloop/calculations/motor/iec60034-30-1-min-efficiency.csv";

    /** Power is keyed in whole watts so that 0.75 and 0.750 name the same rating. */
    private record Key(long ratedPowerW, int poles, long frequencyHz, IeClass ieClass) {
    }

    /** One table row, with rated power in kW as the standard prints it. */
    public record Row(double ratedPowerKw, int poles, double frequencyHz, IeClass ieClass,
                      double minEfficiencyPercent) {
    }

    private final Map<Key, Double> minima;

    private EfficiencyClassTable(Map<Key, Double> minima) {
        this.minima = Map.copyOf(minima);
    }

    public static EfficiencyClassTable empty() {
        return new EfficiencyClassTable(Map.of());
    }

    public static EfficiencyClassTable of(List<Row> rows) {
        Map<Key, Double> minima = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            add(minima, rows.get(i), "row " + (i + 1));
        }
        return new EfficiencyClassTable(minima);
    }

    /** The small sample shipped with SpecLoop; see the comments in the file for sources. */
    public static EfficiencyClassTable bundled() {
        try (InputStream in = EfficiencyClassTable.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + BUNDLED_RESOURCE);
            }
            return fromCsv(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED_RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static EfficiencyClassTable fromCsv(Reader reader, String sourceName) {
        Map<Key, Double> minima = new HashMap<>();
        try (BufferedReader in = new BufferedReader(reader)) {
            boolean headerSeen = false;
            int lineNo = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String where = sourceName + " line " + lineNo;
                if (!headerSeen) {
                    if (!text.replace(" ", "").equalsIgnoreCase(HEADER)) {
                        throw new IllegalArgumentException(where + ": expected header '" + HEADER + "', found '" + text + "'");
                    }
                    headerSeen = true;
                    continue;
                }
                add(minima, parse(text, where), where);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new EfficiencyClassTable(minima);
    }

    /** @param ratedPowerW rated output power, W */
    public OptionalDouble find(IeClass ieClass, double ratedPowerW, int poles, double frequencyHz) {
        Double v = minima.get(new Key(Math.round(ratedPowerW), poles, Math.round(frequencyHz), ieClass));
        return v == null ? OptionalDouble.empty() : OptionalDouble.of(v);
    }

    public int size() {
        return minima.size();
    }

    private static Row parse(String text, String where) {
        String[] f = text.split(",", -1);
        if (f.length != 5) {
            throw new IllegalArgumentException(where + ": expected 5 fields, found " + f.length);
        }
        try {
            return new Row(Double.parseDouble(f[0].strip()), Integer.parseInt(f[1].strip()),
                    Double.parseDouble(f[2].strip()), IeClass.valueOf(f[3].strip().toUpperCase()),
                    Double.parseDouble(f[4].strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": cannot read '" + text + "': " + e.getMessage(), e);
        }
    }

    private static void add(Map<Key, Double> minima, Row row, String where) {
        if (!(row.ratedPowerKw() > 0) || row.poles() < 2 || row.poles() % 2 != 0 || !(row.frequencyHz() > 0)
                || !(row.minEfficiencyPercent() > 0 && row.minEfficiencyPercent() < 100)) {
            throw new IllegalArgumentException(where + ": not a physical row " + row);
        }
        Key key = new Key(Math.round(row.ratedPowerKw() * 1000.0), row.poles(),
                Math.round(row.frequencyHz()), row.ieClass());
        Double previous = minima.putIfAbsent(key, row.minEfficiencyPercent());
        if (previous != null && previous != row.minEfficiencyPercent()) {
            throw new IllegalArgumentException(where + ": " + row + " contradicts an earlier row with "
                    + previous + " %");
        }
    }
}
