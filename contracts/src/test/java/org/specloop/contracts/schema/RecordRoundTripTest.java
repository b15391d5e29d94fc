package org.specloop.contracts.schema;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.specloop.contracts.ingest.LabMeasurementMessage;
import org.specloop.contracts.ingest.LotReceiptMessage;
import org.specloop.contracts.motor.MotorPerformanceRecorded;
import org.specloop.contracts.motor.MotorRunCompleted;
import org.specloop.contracts.rig.OperatingPointChanged;
import org.specloop.contracts.rig.RigSample;
import org.specloop.contracts.rig.RunFinished;
import org.specloop.contracts.rig.RunStarted;

import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example reads into its record without unknown fields, and what the record writes is
 * still valid and reads back equal: records and schemas cannot drift apart unnoticed.
 */
class RecordRoundTripTest {

    private static final Map<String, Class<?>> RECORD_OF_SCHEMA = Map.of(
            "run-started", RunStarted.class,
            "operating-point-changed", OperatingPointChanged.class,
            "run-finished", RunFinished.class,
            "rig-sample", RigSample.class,
            "lot-receipt", LotReceiptMessage.class,
            "lab-measurement", LabMeasurementMessage.class,
            "motor-performance-recorded", MotorPerformanceRecorded.class,
            "motor-run-completed", MotorRunCompleted.class);

    static Stream<Arguments> examples() {
        return ContractJson.filesIn("examples", ".json").stream()
                .filter(e -> RECORD_OF_SCHEMA.containsKey(ContractSchemas.schemaNameOf(e)))
                .map(e -> Arguments.of(e, RECORD_OF_SCHEMA.get(ContractSchemas.schemaNameOf(e))));
    }

    @ParameterizedTest
    @MethodSource("examples")
    void exampleSurvivesARoundTripThroughItsRecord(String example, Class<?> type) throws Exception {
        Object message = ContractJson.read(example, type);

        JsonNode written = ContractJson.toTree(message);
        Object readBack = ContractJson.MAPPER.treeToValue(written, type);

        assertThat(ContractSchemas.validate(ContractSchemas.schemaNameOf(example), written)).as(example).isEmpty();
        assertThat(readBack).isEqualTo(message);
    }
}
