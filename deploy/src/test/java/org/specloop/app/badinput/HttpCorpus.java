package org.specloop.app.badinput;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP half of the bad-input corpus (src/test/resources/bad-input/http): the write endpoints with
 * a valid body each, cases that apply to every endpoint (generic.json), field-level cases per endpoint
 * (fields.json) and injection strings (injection.json), expanded into one request per case.
 */
final class HttpCorpus {
    static final String JSON = "application/json";
    static final String NDJSON = "application/x-ndjson";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * What the answer must be; refusedLine for NDJSON means 200 with that line refused and nothing accepted;
     * names, when set, is text the problem's detail (or the line's reason) must contain, such as a field's name.
     */
    record Expect(int status, String type, boolean protocol, Integer refusedLine, String names) {
        Expect(int status, String type, boolean protocol, Integer refusedLine) {
            this(status, type, protocol, refusedLine, null);
        }
    }

    /** An injection string that must be stored as sent and shown escaped. */
    record Verbatim(String value, String idField, String idFrom, String read, String readField, String page) {
    }

    record Case(String name, Endpoint endpoint, Map<String, String> headers, String rawHeaderLine, String contentType,
                byte[] body, boolean chunked, Expect expect, Verbatim verbatim) {
        @Override
        public String toString() {
            return endpoint.name + ": " + name;
        }
    }

    record Endpoint(String name, String path, String actor, boolean ndjson, JsonNode valid) {
    }

    /** Limits the test application runs with (see HttpBadInputTest). */
    record Limits(int json, int ingest) {
    }

    private final Map<String, Endpoint> endpoints = new LinkedHashMap<>();
    private final Map<String, String> fixtures;
    private final Limits limits;

    HttpCorpus(Map<String, String> fixtures, Limits limits) {
        this.fixtures = fixtures;
        this.limits = limits;
        for (JsonNode e : load("endpoints.json").path("endpoints")) {
            endpoints.put(e.path("name").asText(), new Endpoint(e.path("name").asText(), e.path("path").asText(),
                    e.path("actor").asText(), e.path("ndjson").asBoolean(), e.path("valid")));
        }
    }

    Endpoint endpoint(String name) {
        Endpoint endpoint = endpoints.get(name);
        if (endpoint == null) {
            throw new IllegalArgumentException("corpus names an unknown endpoint: " + name);
        }
        return endpoint;
    }

    String path(Endpoint endpoint) {
        return substitute(endpoint.path);
    }

    /** A whole request of requests.json: method, path, actor, headers and body as given. */
    record RequestCase(String name, String method, String path, String actor, Map<String, String> headers, byte[] body,
                       Expect expect, String field) {
        @Override
        public String toString() {
            return method + " " + path + ": " + name;
        }
    }

    List<RequestCase> requests() {
        List<RequestCase> cases = new ArrayList<>();
        for (JsonNode c : load("requests.json").path("cases")) {
            Map<String, String> headers = new LinkedHashMap<>();
            c.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), h.getValue().isObject()
                    ? h.getValue().path("repeat").asText().repeat(h.getValue().path("times").asInt())
                    : substitute(h.getValue().asText())));
            String body = c.has("bodyOf") ? substitute(endpoint(c.path("bodyOf").asText()).valid.toString())
                    : c.has("body") ? substitute(JsonEdits.expand(c.path("body")).toString()) : null;
            if (body != null) {
                headers.putIfAbsent("Content-Type", JSON);
            }
            cases.add(new RequestCase(c.path("name").asText(), c.path("method").asText(), substitute(c.path("path").asText()),
                    c.path("actor").asText(null), headers, body == null ? null : utf8(body), expect(c.path("expect")),
                    c.path("field").asText(null)));
        }
        return cases;
    }

    List<Case> all() {
        List<Case> cases = new ArrayList<>();
        cases.addAll(generic());
        cases.addAll(fields());
        cases.addAll(injection());
        return cases;
    }

    private List<Case> generic() {
        List<Case> cases = new ArrayList<>();
        for (JsonNode c : load("generic.json").path("cases")) {
            for (Endpoint endpoint : endpoints.values()) {
                byte[] body = c.has("bodyBase64") ? Base64.getDecoder().decode(c.path("bodyBase64").asText())
                        : c.has("body") ? utf8(c.path("body").asText())
                        : utf8(transform(endpoint, c.path("transform").asText()));
                JsonNode expect = endpoint.ndjson && c.has("ndjson") ? c.path("ndjson") : c.path("expect");
                Map<String, String> headers = new LinkedHashMap<>();
                c.path("headers").fields().forEachRemaining(h -> headers.put(h.getKey(), h.getValue().asText()));
                cases.add(new Case(c.path("name").asText(), endpoint, headers, c.path("rawHeader").asText(null),
                        contentType(endpoint, c.path("contentType").asText(null)), body, c.path("chunked").asBoolean(),
                        expect(expect), null));
            }
        }
        return cases;
    }

    private List<Case> fields() {
        List<Case> cases = new ArrayList<>();
        for (JsonNode c : load("fields.json").path("cases")) {
            Endpoint endpoint = endpoint(c.path("endpoint").asText());
            JsonNode body = c.has("whole") ? c.path("whole") : endpoint.valid;
            String text = substitute(JsonEdits.patch(body, c.path("set"), c.path("remove"), c.path("raw")));
            cases.add(new Case(c.path("name").asText(), endpoint, Map.of(), null, contentType(endpoint, null),
                    utf8(text), false, endpoint.ndjson ? new Expect(200, null, false, 1, c.path("names").asText(null))
                    : new Expect(400, null, false, null, c.path("names").asText(null)), null));
        }
        return cases;
    }

    private List<Case> injection() {
        JsonNode file = load("injection.json");
        List<Case> cases = new ArrayList<>();
        int unique = 0;
        for (JsonNode c : file.path("cases")) {
            Endpoint endpoint = endpoint(c.path("endpoint").asText());
            for (JsonNode key : c.path("strings")) {
                String value = file.path("strings").path(key.asText()).asText();
                ObjectNode set = MAPPER.createObjectNode();
                set.put(c.path("field").asText(), value);
                boolean verbatim = "verbatim".equals(c.path("expect").asText());
                if (verbatim && c.has("idField")) {
                    set.put(c.path("idField").asText(), "INJ-" + endpoint.name.toUpperCase() + "-" + (++unique));
                }
                byte[] body = utf8(substitute(JsonEdits.patch(endpoint.valid, set, null, null)));
                Expect expect = verbatim ? new Expect(201, null, false, null)
                        : endpoint.ndjson ? new Expect(200, null, false, 1) : new Expect(400, null, false, null);
                Verbatim check = verbatim ? new Verbatim(value, c.path("idField").asText(null), c.path("idFrom").asText(null),
                        c.path("read").asText(), c.path("readField").asText(), c.path("page").asText()) : null;
                cases.add(new Case("injection (" + key.asText() + ") in " + c.path("field").asText(), endpoint, Map.of(), null,
                        contentType(endpoint, null), body, false, expect, check));
            }
        }
        return cases;
    }

    private String transform(Endpoint endpoint, String transform) {
        return substitute(JsonEdits.transform(endpoint.valid, transform, endpoint.ndjson ? limits.ingest : limits.json));
    }

    private static String contentType(Endpoint endpoint, String requested) {
        String own = endpoint.ndjson ? NDJSON : JSON;
        if (requested == null) {
            return own;
        }
        return switch (requested) {
            case "none" -> null;
            case "swap" -> endpoint.ndjson ? JSON : NDJSON;
            default -> requested;
        };
    }

    private static Expect expect(JsonNode e) {
        if (e.has("refusedLine")) {
            return new Expect(200, null, false, e.path("refusedLine").asInt(), e.path("names").asText(null));
        }
        return new Expect(e.path("status").asInt(), e.path("type").asText(null), e.path("protocol").asBoolean(), null,
                e.path("names").asText(null));
    }




    private String substitute(String text) {
        String result = text;
        for (Map.Entry<String, String> f : fixtures.entrySet()) {
            result = result.replace("{" + f.getKey() + "}", f.getValue());
        }
        return result;
    }


    private static JsonNode load(String file) {
        return JsonEdits.load("/bad-input/http/" + file);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

}
