package org.specloop.contracts.schema;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Finds every $ref in a document and tells which of them do not lead anywhere. */
final class References {

    private References() {
    }

    static List<String> all(JsonNode node) {
        List<String> refs = new ArrayList<>();
        collect(node, refs);
        return refs;
    }

    /** folder is where the document lies on the classpath, e.g. "asyncapi"; relative refs resolve from there. */
    static List<String> broken(JsonNode document, String folder) {
        return all(document).stream().filter(ref -> !resolves(document, folder, ref)).toList();
    }

    private static boolean resolves(JsonNode document, String folder, String ref) {
        int hash = ref.indexOf('#');
        String file = hash < 0 ? ref : ref.substring(0, hash);
        String pointer = hash < 0 ? "" : ref.substring(hash + 1);
        JsonNode target = document;
        if (!file.isEmpty()) {
            String resource = normalise(folder + "/" + file);
            if (References.class.getClassLoader().getResource(resource) == null) {
                return false;
            }
            target = ContractJson.tree(resource);
        }
        return pointer.isEmpty() || !target.at(pointer).isMissingNode();
    }

    private static String normalise(String path) {
        List<String> parts = new ArrayList<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                parts.remove(parts.size() - 1);
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.add(part);
            }
        }
        return String.join("/", parts);
    }

    private static void collect(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                    refs.add(field.getValue().asText());
                } else {
                    collect(field.getValue(), refs);
                }
            }
        } else if (node.isArray()) {
            node.forEach(child -> collect(child, refs));
        }
    }
}
