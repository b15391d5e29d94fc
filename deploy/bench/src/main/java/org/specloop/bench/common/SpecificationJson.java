package org.specloop.bench.common;

/** The characteristics of the magnet specifications the benchmarks and fault tests create. */
public final class SpecificationJson {
    private SpecificationJson() {
    }

    /** JSON members (no braces) of a revision's content: HcJ at least hcjMin kA/m, Br at least 1.30 T. */
    public static String content(int hcjMin) {
        return """
                "characteristics": [
                   {"characteristic": "HcJ", "min": {"value": %d, "unit": "kA/m"},
                    "testTemperature": {"value": 20, "unit": "degC"}, "standard": "IEC 60404-8-1"},
                   {"characteristic": "Br", "min": {"value": 1.30, "unit": "T"},
                    "testTemperature": {"value": 20, "unit": "degC"}, "standard": "IEC 60404-8-1"}],
                 "maxWorkingTemperature": {"value": 150, "unit": "degC"}""".formatted(hcjMin);
    }
}
