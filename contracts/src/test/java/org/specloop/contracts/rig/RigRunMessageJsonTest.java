package org.specloop.contracts.rig;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.schema.ContractJson;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RigRunMessageJsonTest {

    @Test
    void readsEachRunMessageIntoItsRecordByType() {
        assertThat(ContractJson.read("examples/run-started.json", RigRunMessage.class))
                .isInstanceOfSatisfying(RunStarted.class, started -> {
                    assertThat(started.thermalClass()).isEqualTo(ThermalClass.F);
                    assertThat(started.installedLots()).containsExactly("LOT-2026-0412", "LOT-2026-0419");
                });
        assertThat(ContractJson.read("examples/operating-point-changed.ke-before-demag.json", RigRunMessage.class))
                .isInstanceOfSatisfying(OperatingPointChanged.class,
                        change -> assertThat(change.kind()).isEqualTo(OperatingPointKind.KE_BEFORE_DEMAG));
        assertThat(ContractJson.read("examples/run-finished.json", RigRunMessage.class))
                .isEqualTo(new RunFinished("rig7-run-0815-end", "RUN-2026-0815", Instant.parse("2026-11-20T11:02:13.500Z")));
    }

    @Test
    void refusesAnUnknownType() {
        assertThatThrownBy(() -> ContractJson.MAPPER.readValue(
                "{\"type\":\"RunAborted\",\"messageId\":\"m\",\"runId\":\"r\",\"at\":\"2026-11-20T10:00:00Z\"}", RigRunMessage.class))
                .isInstanceOf(InvalidTypeIdException.class)
                .hasMessageContaining("RunAborted");
    }

    @Test
    void writesTheTypeEvenWhenTheStaticTypeIsTheRecord() throws Exception {
        RigRunMessage change = new OperatingPointChanged("m-1", "RUN-1", "P01", OperatingPointKind.HOT_OVERLOAD,
                100.0, 250.0, Instant.parse("2026-11-20T10:00:00Z"));

        JsonNode written = ContractJson.toTree(change);

        assertThat(written.path("type").asText()).isEqualTo("OperatingPointChanged");
        assertThat(ContractJson.MAPPER.treeToValue(written, RigRunMessage.class)).isEqualTo(change);
    }

    @Test
    void runStartedRoundTripsWithItsThermalClassAsOnTheRatingPlate() throws Exception {
        RunStarted started = new RunStarted("m-2", "RUN-2", "RIG-1", "SN-1", "D-1", 4.0, 2, 50.0, ThermalClass.B, 100,
                Mounting.FREE, VibrationGrade.B, List.of("LOT-1"), Instant.parse("2026-11-20T10:00:00Z"));

        JsonNode written = ContractJson.toTree(started);

        assertThat(written.path("thermalClass").asText()).isEqualTo("130(B)");
        assertThat(ContractJson.MAPPER.treeToValue(written, RigRunMessage.class)).isEqualTo(started);
    }

    @Test
    void thermalClassAcceptsLetterNumberOrBothAndKnowsItsRiseLimit() {
        assertThat(List.of("F", "155", "155(F)", " f ")).allSatisfy(text -> assertThat(ThermalClass.parse(text)).isEqualTo(ThermalClass.F));
        assertThat(ThermalClass.H.riseLimitK()).isEqualTo(125.0);
        assertThatThrownBy(() -> ThermalClass.parse("200(N)")).hasMessageContaining("unknown thermal class '200(N)'");
    }
}
