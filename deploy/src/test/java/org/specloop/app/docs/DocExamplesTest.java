package org.specloop.app.docs;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Known answers for reading requests out of a document. */
class DocExamplesTest {

    @Test
    void helpersContinuationsQuotedBodiesAndExpectationsAreRead() {
        DocExamples.Document document = DocExamples.read("""
                Text with `curl localhost:8080/not/in/a/block`.

                ```bash
                api() { curl -s -u qe.alice:alice-demo "$@"; }
                # a comment line
                api localhost:8080/api/lots            # the lots
                curl -s -u qe.bob:bob-demo -X POST localhost:8080/api/x \\
                  -H 'Content-Type: application/json' \\
                  -d '{"reason":"a # in a body"}'     # expect 409
                api -X POST localhost:8080/api/motor-designs -d '{
                  "designId": "M-1"}'
                java -jar deploy/target/specloop.jar
                # the proposer's own signature: expect 409
                dev=$(api -X POST localhost:8080/api/lots/L-1/deviations | sed 's/x/y/')
                curl https://example.org/elsewhere
                ```
                """);

        assertThat(document.helpers()).containsExactly("api() { curl -s -u qe.alice:alice-demo \"$@\"; }");
        assertThat(document.examples()).extracting(DocExamples.Example::command).containsExactly(
                "api localhost:8080/api/lots",
                "curl -s -u qe.bob:bob-demo -X POST localhost:8080/api/x  -H 'Content-Type: application/json'  "
                        + "-d '{\"reason\":\"a # in a body\"}'",
                "api -X POST localhost:8080/api/motor-designs -d '{\n\"designId\": \"M-1\"}'",
                "dev=$(api -X POST localhost:8080/api/lots/L-1/deviations | sed 's/x/y/')");
        assertThat(document.examples()).extracting(DocExamples.Example::expectedStatus).containsExactly(0, 409, 0, 409);
        assertThat(document.examples().get(0).line()).isEqualTo(6);
    }
}
