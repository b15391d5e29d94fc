package org.specloop.loop.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.motor.MotorPerformanceRecorded;
import org.specloop.contracts.motordesign.MotorRequirements;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.rig.OperatingPointKind;
import org.specloop.contracts.rig.ThermalClass;
import org.specloop.contracts.rig.VibrationGrade;
import org.specloop.contracts.units.Characteristic;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/** The traceability join: a motor counts as evidence for a design only with the design's own magnets in it. */
class TransferFunctionsTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private LotTable lots;
    private MotorTable motors;
    private SpecTable specs;
    private TransferFunctions transfers;

    @BeforeEach
    void database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/loop").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        lots = new LotTable(jdbc);
        motors = new MotorTable(jdbc);
        specs = new SpecTable(jdbc, new ObjectMapper().findAndRegisterModules());
        LoopProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("specloop.loop", LoopProperties.class);
        transfers = new TransferFunctions(motors, lots, specs, defaults);
        specs.opened("SPEC-38UH", "P-38UH", 1, "qe.alice");
        specs.design("PUMP-M7", "Pump motor", 1, new MotorRequirements("SPEC-38UH", null, null, null, 0.60, null, null,
                150.0, ThermalClass.H, VibrationGrade.A, 0.95));
    }

    /** A motor with one lot of the part whose five samples average br, measured Ke = 0.5 * br. */
    private void motor(int i, String partNumber, double br, double ke) {
        String lot = "LOT-" + i;
        lots.received(lot, partNumber, "MAKER-1", T0.plusSeconds(i));
        for (int s = 0; s < 5; s++) {
            lots.sample(lot, lot + "-S" + s, Characteristic.BR, 20.0, br + (s - 2) * 0.001, T0);
        }
        motors.record(new MotorPerformanceRecorded("RUN-" + i, "M-" + i, "PUMP-M7", "RIG-1", List.of(lot), "KE",
                OperatingPointKind.NO_LOAD, 100, 1500, 0, 0, null, null, ke, 60.0, 0.5, null, null, List.of(), T0));
    }

    @Test
    void anHcJLimitDerivedAtTheHotTestTemperatureIsProposedOnTheSpecs20DegCLine() {
        // the spec has HcJ >= 1990 kA/m at 20 degC and states beta(HcJ) -0.55 %/K; the design's demagnetization
        // test is at 150 degC, where the lots were also measured
        specs.effective("SPEC-38UH", "P-38UH", 1, new RevisionContent(List.of(
                new CharacteristicLimit(Characteristic.HCJ, 1990.0, null, null, 20.0, "IEC 60404-8-1"),
                new CharacteristicLimit(Characteristic.BETA_HCJ, -0.60, -0.50, null, 20.0, "IEC 60404-8-1")),
                List.of(), null, 180.0));
        specs.design("PUMP-M7", "Pump motor", 1, new MotorRequirements("SPEC-38UH", null, null, null, null, null, 3.0,
                150.0, ThermalClass.H, VibrationGrade.A, 0.95));
        for (int i = 0; i < 12; i++) {
            double hcj = 650 + 10 * i;
            String lot = "LOT-" + i;
            lots.received(lot, "P-38UH", "MAKER-1", T0.plusSeconds(i));
            for (int s = 0; s < 5; s++) {
                lots.sample(lot, lot + "-S" + s, Characteristic.HCJ, 150.0, hcj + (s - 2), T0);
            }
            double loss = 0.05 * (800 - hcj) + ((i % 3) - 1) * 0.05;
            motors.record(new MotorPerformanceRecorded("RUN-" + i, "M-" + i, "PUMP-M7", "RIG-1", List.of(lot), "DEMAG",
                    OperatingPointKind.KE_AFTER_DEMAG, 100, 1500, 0, 0, null, null, 0.6, 60.0, 0.5, loss, null, List.of(), T0));
        }

        TransferFunctionView demag = transfers.of(specs.design("PUMP-M7").orElseThrow()).stream()
                .filter(v -> v.characteristic().equals("HCJ")).findFirst().orElseThrow();

        assertThat(demag.temperatureC()).isEqualTo(150.0);
        assertThat(demag.derivedLimit()).isBetween(740.0, 760.0); // loss <= 3 % needs HcJ(150) >= about 740 + margin
        assertThat(demag.limitTemperatureC()).isEqualTo(20.0);
        assertThat(demag.limitKey()).isEqualTo("HCJ@20degC:MIN");
        assertThat(demag.effectiveLimit()).isEqualTo(1990.0);
        assertThat(demag.proposedLimit()).isCloseTo(demag.derivedLimit() / 0.285, within(1.0));
        assertThat(demag.explanation()).contains("Moved from 150 degC to the spec's 20 degC line")
                .contains("BETA_HCJ c = -0.55 %/K (the spec's)");
    }

    @Test
    void aMotorWithAnotherPartsMagnetsIsLeftOutOfTheFit() {
        for (int i = 0; i < 12; i++) {
            double br = 1.22 + 0.002 * i;
            motor(i, "P-38UH", br, 0.5 * br);
        }
        motor(99, "P-42SH", 1.30, 0.55); // a 42SH lot in a 38UH design: far off the line

        TransferFunctionView ke = transfers.of(specs.design("PUMP-M7").orElseThrow()).stream()
                .filter(v -> v.characteristic().equals("BR")).findFirst().orElseThrow();

        assertThat(ke.n()).isEqualTo(12);
        assertThat(ke.motors()).doesNotContain("M-99");
        assertThat(ke.slope()).isCloseTo(0.5, within(1e-6));
    }
}
