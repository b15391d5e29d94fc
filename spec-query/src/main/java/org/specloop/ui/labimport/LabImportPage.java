package org.specloop.ui.labimport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.specloop.contracts.ingest.IngestEndpoints;
import org.specloop.contracts.ingest.LabCsvColumns;
import org.specloop.contracts.units.Characteristic;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Importing a lab instrument's CSV file: the page reads the header in the browser to prefill the column
 * mapping, then posts the file to POST /api/ingest/lab-measurements/csv with the session and CSRF token,
 * so every row is judged by the API's own rules, and shows the API's line-by-line report. The page only
 * needs the vocabulary to prefill with: the usual column names the server also falls back to, and the
 * magnet properties with their canonical units.
 */
@Controller
class LabImportPage {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A property as the page offers it: the symbol the API accepts, its canonical unit, and its header key. */
    record Property(String symbol, String meaning, String unit, List<String> keys) {
    }

    @GetMapping("/ui/lots/import")
    public String page(Model model) throws JsonProcessingException {
        List<Property> properties = Arrays.stream(Characteristic.values())
                .map(c -> new Property(c.symbol(), c.meaning(), c.unit(),
                        List.of(LabCsvColumns.key(c.symbol()), LabCsvColumns.key(c.name()))))
                .toList();
        Map<String, Object> vocabulary = new LinkedHashMap<>();
        vocabulary.put("columns", LabCsvColumns.USUAL_NAMES);
        vocabulary.put("properties", properties);
        model.addAttribute("properties", properties);
        model.addAttribute("vocabulary", JSON.writeValueAsString(vocabulary));
        model.addAttribute("endpoint", IngestEndpoints.LAB_MEASUREMENTS_CSV);
        return "lab-import";
    }
}
