package org.specloop.contracts.schema;

import com.networknt.schema.Error;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/** The examples are what rigs and labs are told to send, so they must pass, and typical mistakes must not. */
class ExampleMessagesTest {

    private static final String INVALID_CASES = """
            rig-sample.two-line-voltages.json,          minItems,          /lineVoltagesV
            rig-sample.both-inputs.json,                not,               ''
            rig-sample.power-factor-in-percent.json,    maximum,           /powerFactor
            rig-sample.misspelt-torque.json,            additionalProperties, ''
            rig-sample.missing-power-factor.json,       dependentRequired, ''
            rig-sample.hot-winding-in-kelvin.json,      maximum,           /windingTemperatureC
            rig-sample.no-electrical-input.json,        anyOf,             ''
            run-started.odd-poles.json,                 multipleOf,        /poles
            run-started.unknown-thermal-class.json,     enum,              /thermalClass
            run-started.no-lots.json,                   minItems,          /installedLots
            operating-point-changed.unknown-kind.json,  enum,              /kind
            rig-run-message.unknown-type.json,          enum,              /type
            lab-measurement.too-hot-in-fahrenheit.json, maximum,           /testTemperature/value
            lab-measurement.unknown-temperature-unit.json, enum,           /testTemperature/unit
            lab-measurement.bare-temperature.json,      type,              /testTemperature
            lab-measurement.no-values.json,             minItems,          /values
            lot-receipt.country-name.json,              pattern,           /declaredChain/links/0/country
            lot-receipt.local-date-format.json,         format,            /receivedAt
            lot-receipt.link-custody-unknown.json,      enum,              /declaredChain/links/0/custodyModel
            dead-letter-headers.missing-reason.json,    required,          ''
            """;

    static List<String> validExamples() {
        return ContractJson.filesIn("examples", ".json");
    }

    @ParameterizedTest
    @MethodSource("validExamples")
    void validExampleMatchesItsSchema(String example) {
        List<Error> errors = ContractSchemas.validate(ContractSchemas.schemaNameOf(example), ContractJson.tree(example));

        assertThat(errors).as(example).isEmpty();
    }

    @Test
    void everyLineOfAnNdjsonBatchIsARigSample() throws IOException {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                getClass().getClassLoader().getResourceAsStream("examples/rig-samples.ndjson")), StandardCharsets.UTF_8))) {
            List<String> batch = lines.lines().filter(l -> !l.isBlank()).toList();

            assertThat(batch).hasSize(3).allSatisfy(line -> assertThat(
                    ContractSchemas.named("rig-sample").validate(ContractJson.MAPPER.readTree(line))).isEmpty());
        }
    }

    @ParameterizedTest
    @CsvSource(textBlock = INVALID_CASES)
    void invalidExampleFailsForTheExpectedReason(String file, String keyword, String instanceLocation) {
        String example = "examples/invalid/" + file;

        List<Error> errors = ContractSchemas.validate(ContractSchemas.schemaNameOf(example), ContractJson.tree(example));

        assertThat(errors).as(file).anySatisfy(error -> {
            assertThat(keywordsOf(error)).contains(keyword);
            assertThat(pointer(error)).isEqualTo(instanceLocation);
        });
    }

    @Test
    void everyInvalidExampleHasAnExpectedReason() {
        List<String> listed = INVALID_CASES.lines().map(l -> l.trim().split(",")[0]).toList();

        assertThat(ContractJson.filesIn("examples/invalid", ".json"))
                .map(path -> path.substring(path.lastIndexOf('/') + 1))
                .containsExactlyInAnyOrderElementsOf(listed);
    }

    /** anyOf reports the failures of its branches, so the applicator shows only in the evaluation path. */
    private static List<String> keywordsOf(Error error) {
        List<String> keywords = new java.util.ArrayList<>(List.of(error.getKeyword()));
        keywords.addAll(List.of(error.getEvaluationPath().toString().split("[/.\\[\\]]")));
        return keywords;
    }

    private static String pointer(Error error) {
        return error.getInstanceLocation().toString().replaceFirst("^\\$", "").replaceAll("\\.(\\w+)", "/$1")
                .replaceAll("\\[(\\d+)]", "/$1");
    }
}
