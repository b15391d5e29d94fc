package org.specloop.contracts.schema;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.common.ListLimits;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest schemas tell senders how many items a list may hold; the server refuses by ListLimits. Every
 * array of every schema is listed here with the limit it stands for, so a limit changed on one side only,
 * or a new array nobody bounded, fails this test (SchemaTextLimitsTest does the same for maxLength).
 */
class SchemaListLimitsTest {
    /** An array SpecLoop writes and never reads (a motor result's verdicts, one per requirement of the design). */
    private static final int WRITTEN_ONLY = -1;

    /** schema file # JSON pointer of the array schema -> the maxItems it must state. */
    private static final Map<String, Integer> EXPECTED = Map.of(
            "lab-measurement.schema.json#/properties/values", ListLimits.MEASURED_VALUES,
            "lot-receipt.schema.json#/properties/declaredChain/properties/links", ListLimits.CHAIN_LINKS,
            "lot-receipt.schema.json#/properties/certificateReferences", ListLimits.CERTIFICATE_REFERENCES,
            "lot-receipt.schema.json#/properties/composition", ListLimits.COMPOSITION,
            "common.schema.json#/$defs/lotIds", ListLimits.INSTALLED_LOTS,
            "motor-performance-recorded.schema.json#/properties/verdicts", WRITTEN_ONLY,
            // three phases: a rig sample's line voltages and phase currents, fixed by the physics, not a list limit
            "rig-sample.schema.json#/properties/lineVoltagesV", 3,
            "rig-sample.schema.json#/properties/phaseCurrentsA", 3);

    @Test
    void every_array_of_the_schemas_states_the_limit_the_server_enforces() {
        Map<String, Integer> found = new TreeMap<>();
        for (String file : SchemaFilesTest.schemaFiles()) {
            collect(file, "", ContractJson.tree(file.startsWith("schemas/") ? file : "schemas/" + file), found);
        }

        assertThat(found).isEqualTo(new TreeMap<>(EXPECTED));
    }

    private static void collect(String file, String pointer, JsonNode node, Map<String, Integer> found) {
        if (node.isObject()) {
            if ("array".equals(node.path("type").asText()) || node.has("maxItems")) {
                found.put(file.replace("schemas/", "") + "#" + pointer,
                        node.has("maxItems") ? node.get("maxItems").asInt() : WRITTEN_ONLY);
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                collect(file, pointer + "/" + f.getKey(), f.getValue(), found);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(file, pointer + "/" + i, node.get(i), found);
            }
        }
    }
}
