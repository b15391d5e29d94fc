package org.specloop.app.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * How the corpus breaks a valid message, shared by the HTTP and Kafka halves: patches by JSON pointer,
 * and text transforms for what a JSON tree cannot hold (a duplicated key, a second document, 1000 levels).
 */
public final class JsonEdits {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonEdits() {
    }

    /** The valid message's text with one transform applied; the first object is the body or a batch's first entry. */
    public static String transform(JsonNode valid, String transform, int sizeLimit) {
        String text = valid.toString();
        int open = text.indexOf('{');
        String firstKey = valid.isArray() ? valid.get(0).fieldNames().next() : valid.fieldNames().next();
        return switch (transform) {
            case "valid" -> text;
            case "duplicate-first-key" -> insert(text, open, "\"" + firstKey + "\":\"DUPLICATE\",");
            case "unknown-field" -> insert(text, open, "\"noSuchField\":1,");
            case "trailing-garbage" -> text + " {\"second\": \"document\"}";
            case "nest-1000" -> insert(text, open, "\"nested\":" + "[".repeat(1000) + "]".repeat(1000) + ",");
            case "oversize" -> insert(text, open, "\"padding\":\"" + "a".repeat(sizeLimit + 4096) + "\",");
            default -> throw new IllegalArgumentException("unknown transform " + transform);
        };
    }

    /**
     * set: JSON pointer to new value (a missing last step is added); remove: pointers to drop; raw: literals.
     * A value written {"$repeat": s, "times": n} is the text s repeated n times (an over-long field).
     */
    public static String patch(JsonNode valid, JsonNode set, JsonNode remove, JsonNode raw) {
        JsonNode root = valid.deepCopy();
        if (set != null) {
            Iterator<Map.Entry<String, JsonNode>> fields = set.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                root = put(root, f.getKey(), expand(f.getValue()));
            }
        }
        if (remove != null) {
            for (JsonNode pointer : remove) {
                String p = pointer.asText();
                ContainerNode<?> parent = (ContainerNode<?>) root.at(p.substring(0, p.lastIndexOf('/')));
                String last = p.substring(p.lastIndexOf('/') + 1);
                if (parent instanceof ObjectNode o) {
                    o.remove(last);
                } else {
                    ((ArrayNode) parent).remove(Integer.parseInt(last));
                }
            }
        }
        String text = root.toString();
        if (raw != null) {
            Iterator<Map.Entry<String, JsonNode>> literals = raw.fields();
            while (literals.hasNext()) {
                // a literal the JSON model cannot hold (1e400): set a marker, then put the literal in its place
                Map.Entry<String, JsonNode> r = literals.next();
                text = put(read(text), r.getKey(), MAPPER.getNodeFactory().textNode("@@RAW@@")).toString()
                        .replace("\"@@RAW@@\"", r.getValue().asText());
            }
        }
        return text;
    }

    /**
     * The node with every {"$repeat": s, "times": n} inside it replaced by s repeated n times, and every
     * {"$repeatItem": v, "times": n} by an array of n copies of v (an over-long list).
     */
    public static JsonNode expand(JsonNode node) {
        if (node.isObject() && node.has("$repeat") && node.size() == 2 && node.has("times")) {
            return MAPPER.getNodeFactory().textNode(node.path("$repeat").asText().repeat(node.path("times").asInt()));
        }
        if (node.isObject() && node.has("$repeatItem") && node.size() == 2 && node.has("times")) {
            ArrayNode items = MAPPER.getNodeFactory().arrayNode();
            JsonNode item = expand(node.path("$repeatItem"));
            for (int i = 0; i < node.path("times").asInt(); i++) {
                items.add(item.deepCopy());
            }
            return items;
        }
        if (node.isContainerNode()) {
            JsonNode copy = node.deepCopy();
            if (copy instanceof ObjectNode o) {
                List<String> names = new java.util.ArrayList<>();
                o.fieldNames().forEachRemaining(names::add);
                names.forEach(name -> o.set(name, expand(o.get(name))));
            } else if (copy instanceof ArrayNode a) {
                for (int i = 0; i < a.size(); i++) {
                    a.set(i, expand(a.get(i)));
                }
            }
            return copy;
        }
        return node;
    }

    private static JsonNode put(JsonNode root, String pointer, JsonNode value) {
        if (pointer.isEmpty()) {
            return value;
        }
        JsonNode parent = root.at(pointer.substring(0, pointer.lastIndexOf('/')));
        String last = pointer.substring(pointer.lastIndexOf('/') + 1);
        if (parent instanceof ObjectNode o) {
            o.set(last, value);
        } else if (parent instanceof ArrayNode a) {
            a.set(Integer.parseInt(last), value);
        } else {
            throw new IllegalArgumentException("no container at " + pointer);
        }
        return root;
    }

    private static String insert(String json, int afterBrace, String text) {
        return json.substring(0, afterBrace + 1) + text + json.substring(afterBrace + 1);
    }

    static JsonNode read(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode load(String resource) {
        try (InputStream in = JsonEdits.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing corpus file " + resource);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
