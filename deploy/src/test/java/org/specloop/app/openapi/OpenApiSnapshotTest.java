package org.specloop.app.openapi;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.specloop.app.TestUsers;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * deploy/client generates its Java client from deploy/client/src/main/openapi/specloop-api.json, a snapshot
 * of what GET /v3/api-docs serves: generating at build time would need the application started inside the
 * build, a snapshot needs nothing and shows every change of the contract in review. This test keeps the
 * snapshot honest: it fails when the served document differs, and rewrites the file with
 * -Dspecloop.docs.write=true. Only the request-dependent {@code servers} entry (springdoc puts the caller's
 * host and port there) is left out, and keys are sorted so that the file is the same whatever order the
 * handlers are found in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class OpenApiSnapshotTest {
    static final Path SNAPSHOT = Path.of("client", "src", "main", "openapi", "specloop-api.json").toAbsolutePath();
    static final String COMMAND = "./mvnw -pl deploy -am test -Dtest=OpenApiSnapshotTest"
            + " -Dspecloop.docs.write=true -Dsurefire.failIfNoSpecifiedTests=false";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    @LocalServerPort
    int port;

    @Test
    void theClientIsGeneratedFromWhatTheApplicationServes() throws IOException {
        String served = RestClient.create("http://127.0.0.1:" + port).get().uri("/v3/api-docs")
                .headers(h -> h.addAll(TestUsers.OEM.basic())).retrieve().body(String.class);
        String expected = canonical(served);
        if (Boolean.getBoolean("specloop.docs.write")) {
            Files.writeString(SNAPSHOT, expected, StandardCharsets.UTF_8);
            return;
        }
        String actual = Files.exists(SNAPSHOT) ? Files.readString(SNAPSHOT, StandardCharsets.UTF_8) : "";
        assertThat(actual).as("%s is not what GET /v3/api-docs serves; rewrite it with %s", SNAPSHOT, COMMAND)
                .isEqualTo(expected);
    }

    /** The document without servers, keys sorted, two-space indentation, one trailing newline. */
    static String canonical(String document) throws IOException {
        ObjectNode tree = (ObjectNode) JSON.readTree(document);
        tree.remove("servers");
        Object sorted = JSON.treeToValue(tree, Object.class); // maps, which ORDER_MAP_ENTRIES_BY_KEYS sorts
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter);
        printer.indentArraysWith(indenter);
        return JSON.writer(printer).writeValueAsString(sorted) + "\n";
    }
}
