package org.specloop.contracts.schema;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.common.TextLimits;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest schemas tell senders how long a text may be; the server refuses by TextLimits. Both must
 * say the same, so every maxLength of every schema is listed here with the limit it stands for: a
 * limit changed on one side only, or a new maxLength nobody mapped, fails this test.
 */
class SchemaTextLimitsTest {

    /** schema file # JSON pointer of the string schema -> the limit it must state. */
    private static final Map<String, Integer> EXPECTED = Map.of(
            "common.schema.json#/$defs/messageId", TextLimits.ID,
            "common.schema.json#/$defs/id", TextLimits.ID,
            "common.schema.json#/$defs/text", TextLimits.LABEL,
            "common.schema.json#/$defs/characteristicValue/properties/characteristic", TextLimits.CHARACTERISTIC,
            "common.schema.json#/$defs/characteristicValue/properties/unit", TextLimits.UNIT,
            "common.schema.json#/$defs/compositionValue/properties/element", TextLimits.ELEMENT,
            "lot-receipt.schema.json#/properties/grade", TextLimits.GRADE);

    @Test
    void every_maxLength_of_the_schemas_is_the_limit_the_server_enforces() {
        Map<String, Integer> found = new TreeMap<>();
        for (String file : SchemaFilesTest.schemaFiles()) {
            collect(file, "", ContractJson.tree(resource(file)), found);
        }

        assertThat(found).isEqualTo(new TreeMap<>(EXPECTED));
    }

    @Test
    void part_numbers_follow_the_id_rule_of_the_schemas() {
        // the lot receipt schema gives partNumber the id definition, so the two limits must agree
        assertThat(ContractJson.tree(resource("lot-receipt.schema.json")).at("/properties/partNumber/$ref").asText())
                .isEqualTo("common.schema.json#/$defs/id");
        assertThat(TextLimits.PART_NUMBER).isEqualTo(TextLimits.ID);
    }

    private static String resource(String file) {
        return file.startsWith("schemas/") ? file : "schemas/" + file;
    }

    private static void collect(String file, String pointer, JsonNode node, Map<String, Integer> found) {
        if (node.isObject()) {
            if (node.has("maxLength")) {
                found.put(file.replace("schemas/", "") + "#" + pointer, node.get("maxLength").asInt());
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
