package org.specloop.app.openapi;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.tags.Tag;
import org.specloop.app.http.RequestKind;
import org.specloop.app.security.ApiAccess;
import org.specloop.app.security.Roles;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.http.HttpMethod;

import org.specloop.contracts.ingest.IngestEndpoints;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Gives every operation springdoc finds its tag, summary and description (ApiOperations), the
 * security its caller needs (ApiAccess, the role matrix) and the problem+json answers it may give.
 * An operation that one of the tables does not know is left without them, which
 * OpenApiDocumentTest reports, rather than guessed.
 */
final class ApiDocumentCustomizer implements OpenApiCustomizer {
    static final String PROBLEM = "Problem";
    static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The signing operations (SigningPaths, /api part), on OpenAPI path templates. */
    private static final Pattern SIGNING = Pattern.compile(
            "^/api/(specifications/[^/]+/revisions/[^/]+|engineering-changes/[^/]+|lots/[^/]+/deviations/[^/]+)"
                    + "/(approval|rejection|review)$");

    /** Path parameters named differently by the command and query controllers of one resource. */
    private static final Map<String, String> RENAMED_PREFIXES = Map.of("/api/lots/{id}", "/api/lots/{lotId}");

    @Override
    public void customise(OpenAPI api) {
        api.setPaths(canonicalPaths(api.getPaths()));
        // here rather than on the OpenAPI bean: springdoc replaces the bean's schemas with the ones it scans
        api.getComponents().addSchemas(PROBLEM, ApiDocumentation.problemSchema());
        api.getComponents().addSchemas(ApiDocumentation.FIELD_ERROR, ApiDocumentation.fieldErrorSchema());
        api.setTags(ApiOperations.TAGS.entrySet().stream()
                .map(tag -> new Tag().name(tag.getKey()).description(tag.getValue())).toList());
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            document(HttpMethod.valueOf(method.name()), path, operation);
            binaryDocuments(operation);
            csvText(operation);
            if (method == PathItem.HttpMethod.POST && SIGNING.matcher(path).matches()) {
                signerPassword(api, operation);
            }
        }));
    }

    /**
     * A document answer (an approval record's PDF) is binary, not base64 text as springdoc writes byte[]: a
     * generated client then reads it as a file. Such an operation produces nothing else, so any other
     * Accept is refused with 406.
     */
    private static void binaryDocuments(Operation operation) {
        ApiResponse ok = operation.getResponses() == null ? null : operation.getResponses().get("200");
        MediaType pdf = ok == null || ok.getContent() == null ? null : ok.getContent().get("application/pdf");
        if (pdf == null) {
            return;
        }
        pdf.setSchema(new Schema<>().type("string").format("binary"));
        add(operation.getResponses(), "406", "The Accept header asks for a format other than application/pdf",
                "http-406");
    }

    /** A CSV body is the file's text as it is, not base64 as springdoc writes the controller's byte[]. */
    private static void csvText(Operation operation) {
        MediaType csv = operation.getRequestBody() == null || operation.getRequestBody().getContent() == null ? null
                : operation.getRequestBody().getContent().get(IngestEndpoints.CSV_MEDIA_TYPE);
        if (csv != null) {
            csv.setSchema(new StringSchema().description("the CSV file, UTF-8 (docs/ingest.md)"));
        }
    }

    /**
     * A signature carries the signer's password in the body: the security filter reads it before the
     * controller, whose request record does not have it, so springdoc cannot see it.
     */
    private static void signerPassword(OpenAPI api, Operation operation) {
        MediaType json = operation.getRequestBody() == null || operation.getRequestBody().getContent() == null ? null
                : operation.getRequestBody().getContent().get("application/json");
        String ref = json == null || json.getSchema() == null ? null : json.getSchema().get$ref();
        if (ref == null) {
            return;
        }
        Schema<?> body = api.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
        if (body != null && (body.getProperties() == null || !body.getProperties().containsKey("password"))) {
            body.addProperty("password", new StringSchema().format("password").writeOnly(true)
                    .description("The signer's password again (re-authentication); never stored."));
            body.addRequiredItem("password");
        }
    }

    private void document(HttpMethod method, String path, Operation operation) {
        ApiOperations.of(method.name(), path).ifPresent(doc -> {
            operation.setTags(List.of(doc.tag()));
            operation.setSummary(doc.summary());
            operation.setOperationId(operationId(doc.summary()));
            if (doc.description() != null) {
                operation.setDescription(doc.description());
            }
        });
        example(method.name() + " " + path, operation);
        boolean command = ApiOperations.of(method.name(), path).map(ApiOperations.Doc::command).orElse(false);
        ApiAccess.of(method, path).ifPresent(access -> {
            operation.setSecurity(security(access));
            if (!access.open()) {
                String roles = "Roles: " + String.join(", ", access.roles()) + ".";
                operation.setDescription(operation.getDescription() == null ? roles
                        : operation.getDescription() + "\n\n" + roles);
            }
            problems(operation, method, path, access.open(), command);
        });
    }

    /**
     * A generated client's method name, from the summary ("Get a lot" becomes getLot) rather than
     * springdoc's handler names, which repeat across controllers (list_1, reject_2).
     */
    static String operationId(String summary) {
        StringBuilder id = new StringBuilder();
        for (String word : summary.replace("'s ", " ").replaceAll("\\([^)]*\\)", "").split("[^A-Za-z0-9]+")) {
            if (word.isEmpty() || List.of("a", "an", "the").contains(word.toLowerCase())) {
                continue;
            }
            id.append(id.isEmpty() ? word.toLowerCase()
                    : Character.toUpperCase(word.charAt(0)) + word.substring(1).toLowerCase());
        }
        return id.toString();
    }

    private static void example(String key, Operation operation) {
        String example = ApiExamples.REQUESTS.get(key);
        if (example == null || operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        MediaType json = operation.getRequestBody().getContent().get("application/json");
        if (json != null) {
            try {
                json.addExamples("example", new Example().summary(operation.getSummary())
                        .value(JSON.readValue(example, Object.class)));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("the example of " + key + " is not JSON", e);
            }
        }
    }

    /** HTTP Basic and JWT for people; the API key for rigs and labs, where their role may call. */
    private static List<SecurityRequirement> security(ApiAccess.Access access) {
        if (access.open()) {
            return new ArrayList<>();
        }
        List<SecurityRequirement> ways = new ArrayList<>();
        ways.add(new SecurityRequirement().addList(ApiDocumentation.BASIC, access.roles()));
        ways.add(new SecurityRequirement().addList(ApiDocumentation.BEARER, access.roles()));
        if (access.roles().contains(Roles.RIG)) {
            ways.add(new SecurityRequirement().addList(ApiDocumentation.API_KEY, access.roles()));
        }
        return ways;
    }

    private static void problems(Operation operation, HttpMethod method, String path, boolean open, boolean command) {
        ApiResponses responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        if (path.startsWith("/api/admin/ingest/")) { // IngestAdminController's own refusals
            add(responses, "409", "This node does not run Kafka ingest", "kafka-ingest-disabled");
            add(responses, "503", "The change was not applied to every consumer yet; retry", "ingest-change-pending");
        }
        if (path.equals(IngestEndpoints.LAB_MEASUREMENTS_CSV)) { // LabCsvController's own refusals
            add(responses, "413", "The body is over the size limit, or the file over its row limit (docs/ingest.md)",
                    "payload-too-large", "too-many-rows");
            add(responses, "415", "The body is not text/csv (the Accept header of the answer names it)", "http-415");
        }
        if (operation.getRequestBody() != null) {
            add(responses, "413", "The body is over the size limit (docs/bad-input.md)", "payload-too-large");
        }
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean write = !HttpMethod.GET.equals(method);
        if (write || operation.getRequestBody() != null || parameters.stream().anyMatch(p -> "query".equals(p.getIn()))) {
            add(responses, "400", "The request is invalid", "invalid-request", "malformed-body", "rejected-request");
        }
        if (!open) {
            add(responses, "401", "Not signed in, or a wrong API key", "unauthenticated", "signature-not-confirmed");
            add(responses, "403", "The caller's roles do not allow this operation", "forbidden", "csrf");
        }
        if (parameters.stream().anyMatch(p -> "path".equals(p.getIn()))) {
            add(responses, "404", "Nothing is known under the identifier", "not-found");
        }
        if (write) {
            add(responses, "409", "A business rule refused the change, or it conflicts with the current state",
                    "rule-violation", "already-exists");
        }
        boolean counted = RequestKind.of(method.name(), path) != null;
        if (command && counted) {
            add(responses, "503", "The event store is unavailable, or the node is busy (this request waited the longest"
                    + " wait for its turn, docs/operations.md); nothing was stored, retry after Retry-After",
                    "store-unavailable", "busy");
        } else if (command) {
            add(responses, "503", "The event store is unavailable; nothing was stored, retry later", "store-unavailable");
        } else if (counted) {
            add(responses, "503", "The node is busy: this request waited the longest wait for its turn"
                    + " (docs/operations.md); retry after Retry-After", "busy");
        }
        operation.setResponses(responses);
    }

    private static void add(ApiResponses responses, String status, String meaning, String... types) {
        if (responses.containsKey(status) && responses.get(status).getContent() != null
                && responses.get(status).getContent().containsKey(PROBLEM_JSON)) {
            return;
        }
        String listed = java.util.Arrays.stream(types).map(type -> "`urn:specloop:problem:" + type + "`")
                .collect(Collectors.joining(", "));
        responses.addApiResponse(status, new ApiResponse().description(meaning + ". Problem types: " + listed + ".")
                .content(new Content().addMediaType(PROBLEM_JSON,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
    }

    /** Merges paths that differ only by a path parameter's name, which a generator cannot tell apart. */
    private static Paths canonicalPaths(Paths paths) {
        Paths canonical = new Paths();
        Map<String, PathItem> merged = new LinkedHashMap<>();
        paths.forEach((path, item) -> {
            String target = path;
            for (Map.Entry<String, String> rename : RENAMED_PREFIXES.entrySet()) {
                if (path.equals(rename.getKey()) || path.startsWith(rename.getKey() + "/")) {
                    target = rename.getValue() + path.substring(rename.getKey().length());
                    String from = name(rename.getKey());
                    String to = name(rename.getValue());
                    item.readOperations().forEach(operation -> renameParameter(operation, from, to));
                    renameParameter(item, from, to);
                }
            }
            PathItem into = merged.get(target);
            if (into == null) {
                merged.put(target, item);
            } else {
                item.readOperationsMap().forEach(into::operation);
            }
        });
        merged.forEach(canonical::addPathItem);
        return canonical;
    }

    private static String name(String prefix) {
        return prefix.substring(prefix.lastIndexOf('{') + 1, prefix.lastIndexOf('}'));
    }

    private static void renameParameter(Operation operation, String from, String to) {
        if (operation.getParameters() != null) {
            operation.getParameters().stream().filter(p -> "path".equals(p.getIn()) && from.equals(p.getName()))
                    .forEach(p -> p.setName(to));
        }
    }

    private static void renameParameter(PathItem item, String from, String to) {
        if (item.getParameters() != null) {
            item.getParameters().stream().filter(p -> "path".equals(p.getIn()) && from.equals(p.getName()))
                    .forEach(p -> p.setName(to));
        }
    }
}
