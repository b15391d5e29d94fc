package org.specloop.notify.http;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.StreamUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Publishes the AsyncAPI documents (/api/asyncapi/{name}) and the JSON Schemas they reference
 * (/api/schemas/{file} and /api/schemas/{group}/{file}, where their relative $refs point) straight from
 * the classpath,
 * so the served contract is exactly the one the build validated. Names are checked against a strict
 * pattern, so no path can reach other classpath resources.
 */
@RestController
class AsyncApiController {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,80}");
    private static final Pattern SCHEMA = Pattern.compile("[a-z0-9][a-z0-9.-]{0,120}\\.json");
    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    @GetMapping("/api/asyncapi/{name}")
    public ResponseEntity<String> document(@PathVariable String name) throws IOException {
        String base = name.endsWith(".yaml") ? name.substring(0, name.length() - 5) : name;
        if (!NAME.matcher(base).matches()) {
            throw notFound("AsyncAPI document " + name);
        }
        return serve("asyncapi/" + base + ".yaml", YAML, "AsyncAPI document " + name);
    }

    /** The ingest document's schemas sit beside the groups: ../schemas/run-started.schema.json from it. */
    @GetMapping("/api/schemas/{file}")
    public ResponseEntity<String> schema(@PathVariable String file) throws IOException {
        if (!SCHEMA.matcher(file).matches()) {
            throw notFound("schema " + file);
        }
        return serve("schemas/" + file, MediaType.parseMediaType("application/schema+json"), "schema " + file);
    }

    @GetMapping("/api/schemas/{group}/{file}")
    public ResponseEntity<String> schema(@PathVariable String group, @PathVariable String file) throws IOException {
        if (!NAME.matcher(group).matches() || !SCHEMA.matcher(file).matches()) {
            throw notFound("schema " + group + "/" + file);
        }
        return serve("schemas/" + group + "/" + file, MediaType.parseMediaType("application/schema+json"),
                "schema " + group + "/" + file);
    }

    private static ResponseEntity<String> serve(String path, MediaType type, String what) throws IOException {
        ClassPathResource resource = new ClassPathResource(path);
        if (!resource.exists()) {
            throw notFound(what);
        }
        try (InputStream in = resource.getInputStream()) {
            return ResponseEntity.ok().contentType(type).body(StreamUtils.copyToString(in, StandardCharsets.UTF_8));
        }
    }

    private static NotifyRequestException notFound(String what) {
        return NotifyRequestException.notFound(what);
    }
}
