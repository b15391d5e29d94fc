package org.specloop.contracts.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The usual header names of a lab instrument's CSV export for each field of a lab measurement, by which
 * POST /api/ingest/lab-measurements/csv finds a column the mapping leaves out, and the import page
 * prefills its mapping: one list, so the page shows what the server will take. Compared as keys:
 * lower case, letters and digits only, without a unit in square brackets ("Lot no." is "lotno").
 */
public final class LabCsvColumns {

    /** Field (as the mapping's query parameter names it) to its usual names, as keys. */
    public static final Map<String, List<String>> USUAL_NAMES = usualNames();

    private LabCsvColumns() {
    }

    private static Map<String, List<String>> usualNames() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        names.put("lotId", List.of("lotid", "lot", "lotnumber", "lotno", "batch"));
        names.put("sampleId", List.of("sampleid", "sample", "sampleno", "samplenumber", "specimen"));
        names.put("measuredAt", List.of("measuredat", "date", "datetime", "timestamp", "time"));
        names.put("testTemperature", List.of("testtemperature", "temperature", "temp", "t"));
        names.put("measurementId", List.of("measurementid"));
        return java.util.Collections.unmodifiableMap(names);
    }

    /** "Lot no. [-]" is "lotno": the header without its unit, lower case, letters and digits only. */
    public static String key(String header) {
        int bracket = header.lastIndexOf('[');
        String name = bracket > 0 && header.strip().endsWith("]") ? header.substring(0, bracket) : header;
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
