package org.specloop.contracts.schema;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.specloop.contracts.ingest.LabMeasurementMessage;
import org.specloop.contracts.ingest.LotReceiptMessage;
import org.specloop.contracts.lot.MeasurementMethod;
import org.specloop.contracts.lot.Verdict;
import org.specloop.contracts.motor.MotorPerformanceRecorded;
import org.specloop.contracts.motor.MotorRunCompleted;
import org.specloop.contracts.rig.Mounting;
import org.specloop.contracts.rig.OperatingPointChanged;
import org.specloop.contracts.rig.OperatingPointKind;
import org.specloop.contracts.rig.RigSample;
import org.specloop.contracts.rig.RunFinished;
import org.specloop.contracts.rig.RunStarted;
import org.specloop.contracts.rig.ThermalClass;
import org.specloop.contracts.rig.VibrationGrade;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.units.Dimension;
import org.specloop.contracts.units.Unit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The schema files are hand-written, so they are checked against the meta-schema and against the Java records. */
class SchemaFilesTest {

    static List<String> schemaFiles() {
        return ContractJson.filesIn("schemas", ".schema.json");
    }

    static Stream<Arguments> schemasOfRecords() {
        return Stream.of(
                Arguments.of("run-started", RunStarted.class),
                Arguments.of("operating-point-changed", OperatingPointChanged.class),
                Arguments.of("run-finished", RunFinished.class),
                Arguments.of("rig-sample", RigSample.class),
                Arguments.of("lot-receipt", LotReceiptMessage.class),
                Arguments.of("lab-measurement", LabMeasurementMessage.class),
                Arguments.of("motor-performance-recorded", MotorPerformanceRecorded.class),
                Arguments.of("motor-run-completed", MotorRunCompleted.class));
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void isAValidDraft2020Schema(String file) {
        JsonNode schema = ContractJson.tree(file);

        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(ContractSchemas.metaSchema().validate(schema)).as(file).isEmpty();
        assertThat(schema.path("description").asText()).as(file).isNotBlank();
    }

    @Test
    void metaSchemaCheckCatchesAMisspeltType() throws Exception {
        JsonNode broken = ContractJson.MAPPER.readTree("{\"type\": \"nubmer\"}");

        assertThat(ContractSchemas.metaSchema().validate(broken)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("schemaFiles")
    void everyRefLeadsSomewhere(String file) {
        assertThat(References.broken(ContractJson.tree(file), "schemas")).as(file).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("schemasOfRecords")
    void propertiesAreExactlyTheRecordComponents(String schema, Class<? extends Record> type) {
        JsonNode node = ContractJson.tree("schemas/" + schema + ".schema.json");
        List<String> properties = new ArrayList<>();
        node.path("properties").fieldNames().forEachRemaining(properties::add);
        properties.remove("type");
        List<String> components = Arrays.stream(type.getRecordComponents()).map(java.lang.reflect.RecordComponent::getName).toList();

        List<String> required = texts(node.path("required"));
        required.remove("type");

        assertThat(properties).containsExactlyInAnyOrderElementsOf(components);
        assertThat(components).containsAll(required);
    }

    @Test
    void enumsMatchTheJavaEnums() {
        JsonNode common = ContractJson.tree("schemas/common.schema.json").path("$defs");
        JsonNode runStarted = ContractJson.tree("schemas/run-started.schema.json").path("properties");
        JsonNode chain = ContractJson.tree("schemas/lot-receipt.schema.json").at("/properties/declaredChain/properties");
        JsonNode verdict = ContractJson.tree("schemas/motor-performance-recorded.schema.json").at("/properties/verdicts/items/properties/verdict");

        assertThat(texts(common.path("operatingPointKind").path("enum"))).containsExactlyElementsOf(names(OperatingPointKind.values()));
        assertThat(texts(runStarted.path("mounting").path("enum"))).containsExactlyElementsOf(names(Mounting.values()));
        assertThat(texts(runStarted.path("vibrationGrade").path("enum"))).containsExactlyElementsOf(names(VibrationGrade.values()));
        assertThat(texts(runStarted.path("thermalClass").path("enum")))
                .allSatisfy(label -> assertThat(ThermalClass.parse(label)).isNotNull())
                .containsAll(Arrays.stream(ThermalClass.values()).map(ThermalClass::label).toList());
        assertThat(texts(chain.at("/links/items/properties/tier/enum"))).containsExactlyElementsOf(names(Tier.values()));
        assertThat(texts(chain.path("custodyModel").path("enum"))).containsExactlyElementsOf(withNull(names(CustodyModel.values())));
        assertThat(texts(chain.at("/links/items/properties/custodyModel/enum")))
                .containsExactlyElementsOf(withNull(names(CustodyModel.values())));
        assertThat(texts(ContractJson.tree("schemas/lab-measurement.schema.json").at("/properties/method/enum")))
                .containsExactlyElementsOf(names(MeasurementMethod.values()));
        assertThat(texts(verdict.path("enum"))).containsExactlyElementsOf(names(Verdict.values()));
    }

    @Test
    void temperatureUnitsAreTheOnesTheEdgeConverts() {
        JsonNode units = ContractJson.tree("schemas/common.schema.json").at("/$defs/temperatureValue/properties/unit/enum");

        assertThat(texts(units)).containsExactlyInAnyOrderElementsOf(Unit.symbolsOf(Dimension.TEMPERATURE));
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    /** DeclaredChain writes a missing custody model as null. */
    private static List<String> withNull(List<String> names) {
        List<String> out = new ArrayList<>(names);
        out.add("null");
        return out;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
