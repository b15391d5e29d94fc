package org.specloop.notify.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * An integrator reads the served AsyncAPI documents from their URLs: every relative $ref in them, and
 * in the schemas they lead to, must resolve on the server (the ingest document's
 * ../schemas/run-started.schema.json was a 404, so the AsyncAPI parser reported invalid-ref).
 */
class AsyncApiReferencesTest {
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new AsyncApiController()).build();

    @Test
    void everyReferenceOfTheServedDocumentsResolvesOnTheServer() throws Exception {
        Deque<URI> toRead = new ArrayDeque<>(List.of(URI.create("http://specloop/api/asyncapi/specloop-ingest"),
                URI.create("http://specloop/api/asyncapi/specloop-notifications")));
        Set<URI> read = new LinkedHashSet<>();
        List<String> broken = new ArrayList<>();
        while (!toRead.isEmpty()) {
            URI document = toRead.pop();
            if (!read.add(document)) {
                continue;
            }
            MvcResult answer = mvc.perform(get(document.getPath())).andReturn();
            if (answer.getResponse().getStatus() != 200) {
                broken.add(document.getPath() + " answered " + answer.getResponse().getStatus());
                continue;
            }
            String body = answer.getResponse().getContentAsString();
            JsonNode tree = document.getPath().startsWith("/api/asyncapi/")
                    ? new YAMLMapper().readTree(body) : new ObjectMapper().readTree(body);
            for (String ref : references(tree)) {
                String target = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
                if (!target.isEmpty()) {
                    toRead.add(document.resolve(target));
                }
            }
        }
        assertThat(broken).isEmpty();
        assertThat(read).as("documents and the schemas they reference")
                .contains(URI.create("http://specloop/api/schemas/run-started.schema.json"),
                        URI.create("http://specloop/api/schemas/notifications/org.specloop.lot.held.v1.json"))
                .hasSizeGreaterThan(15);
    }

    private static List<String> references(JsonNode node) {
        List<String> refs = new ArrayList<>();
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().equals("$ref") && field.getValue().isTextual()) {
                    refs.add(field.getValue().asText());
                } else {
                    refs.addAll(references(field.getValue()));
                }
            });
        } else if (node.isArray()) {
            node.forEach(item -> refs.addAll(references(item)));
        }
        return refs;
    }
}
