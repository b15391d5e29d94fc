package org.specloop.loop.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.motor.MotorPerformanceRecorded;
import org.specloop.contracts.motordesign.MotorRequirements;
import org.specloop.contracts.rig.OperatingPointKind;
import org.specloop.contracts.rig.ThermalClass;
import org.specloop.contracts.rig.VibrationGrade;
import org.specloop.contracts.units.Characteristic;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The views the read API keeps: computed once per data version, and never served after a write changed their facts. */
class LoopViewsTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private JdbcTemplate jdbc;
    private LotTable lots;
    private MotorTable motors;
    private SpecTable specs;
    private ChangeTable changes;
    private LoopViews views;

    @BeforeEach
    void database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/loop").load().migrate();
        jdbc = new JdbcTemplate(dataSource);
        lots = new LotTable(jdbc);
        motors = new MotorTable(jdbc);
        specs = new SpecTable(jdbc, new ObjectMapper().findAndRegisterModules());
        changes = new ChangeTable(jdbc);
        LoopProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("specloop.loop", LoopProperties.class);
        views = new LoopViews(new ControlCharts(lots, changes, defaults), new TransferFunctions(motors, lots, specs, defaults),
                specs, jdbc);
    }

    @Test
    void twoReadsOfAChartWithoutAWriteComputeItOnce() {
        lots(0, 3, "MAKER-B");

        ControlChartView first = chart("MAKER-B").orElseThrow();
        ControlChartView second = chart("MAKER-B").orElseThrow();

        assertThat(views.chartViews.computations()).isEqualTo(1);
        assertThat(second).isSameAs(first);
    }

    @Test
    void theReadAfterANewSampleShowsItsPoint() {
        lots(0, 3, "MAKER-B");
        assertThat(chart("MAKER-B").orElseThrow().points()).hasSize(3);

        lot(3, "MAKER-B", 1.25);

        assertThat(chart("MAKER-B").orElseThrow().points()).extracting(ControlChartView.Point::lotId)
                .containsExactly("LOT-0", "LOT-1", "LOT-2", "LOT-3");
        assertThat(views.chartViews.computations()).isEqualTo(2);
    }

    @Test
    void aReMeasuredSampleMovesThePointOnTheNextRead() {
        lots(0, 2, "MAKER-B");
        assertThat(chart("MAKER-B").orElseThrow().points().get(1).value()).isCloseTo(1.22, within(1e-9));

        lots.sample("LOT-1", "s0", Characteristic.BR, 20.0, 1.32, T0);

        assertThat(chart("MAKER-B").orElseThrow().points().get(1).value()).isCloseTo(1.24, within(1e-9));
    }

    @Test
    void aWriteOfAnotherSourceKeepsTheChart() {
        lots(0, 3, "MAKER-B");
        chart("MAKER-B");

        lot(10, "MAKER-C", 1.30);
        chart("MAKER-B");

        assertThat(views.chartViews.computations()).isEqualTo(1);
    }

    @Test
    void anApprovedDriftChangeRestartsTheChartOnTheNextRead() {
        lots(0, 3, "MAKER-B");
        changes.raised("EC-1", ChangeTrigger.DRIFT, List.of("MAKER-B"), List.of("LOT-2"));
        changes.drift(new ChangeTable.Drift("EC-1", "MAKER-B", "BR", "R1", "LOT-2", 3, 3, T0, "BR"));
        assertThat(chart("MAKER-B")).isPresent();

        changes.approved("EC-1");

        // the drift is accepted: the baseline starts after the newest lot, which leaves no point yet
        assertThat(chart("MAKER-B")).isEmpty();
    }

    @Test
    void aUnitOfWorksWritesBumpTheVersionOnceWhenItCommits() {
        FactVersions versions = new FactVersions(jdbc);
        long before = versions.of(FactVersions.source("MAKER-B"));
        DefaultUnitOfWork<?> batch = DefaultUnitOfWork.startAndGet(GenericEventMessage.asEventMessage("batch"));

        lots(0, 3, "MAKER-B");
        assertThat(versions.of(FactVersions.source("MAKER-B"))).isEqualTo(before);
        batch.commit();

        assertThat(versions.of(FactVersions.source("MAKER-B"))).isEqualTo(before + 1);
    }

    @Test
    void aResetOfTheLoopDropsEveryKeptView() {
        lots(0, 3, "MAKER-B");
        chart("MAKER-B");

        lots.clear();

        assertThat(chart("MAKER-B")).isEmpty();
    }

    @Test
    void twoReadsOfATransferFunctionWithoutAWriteComputeItOnce() {
        design();
        motors(0, 6);

        List<TransferFunctionView> first = views.transferFunctions(specs.design("PUMP-M7").orElseThrow());
        List<TransferFunctionView> second = views.transferFunctions(specs.design("PUMP-M7").orElseThrow());

        assertThat(views.transferViews.computations()).isEqualTo(1);
        assertThat(second).isSameAs(first);
        assertThat(first).singleElement().satisfies(v -> assertThat(v.n()).isEqualTo(6));
    }

    @Test
    void theReadAfterAMotorResultShowsItsMotor() {
        design();
        motors(0, 6);
        views.transferFunctions(specs.design("PUMP-M7").orElseThrow());

        motors(6, 7);

        assertThat(views.transferFunctions(specs.design("PUMP-M7").orElseThrow())).singleElement()
                .satisfies(v -> assertThat(v.motors()).hasSize(7).contains("M-6"));
    }

    @Test
    void aNewMeasurementOfALotInAMotorMovesItsPointOnTheNextRead() {
        design();
        motors(0, 6);
        double x = views.transferFunctions(specs.design("PUMP-M7").orElseThrow()).get(0).points().get(0).x();

        // five samples of 1.22 and a sixth 0.06 higher: the lot's mean 0.01 higher
        lots.sample("LOT-0", "LOT-0-S5", Characteristic.BR, 20.0, 1.28, T0);

        assertThat(views.transferFunctions(specs.design("PUMP-M7").orElseThrow()).get(0).points().get(0).x())
                .isCloseTo(x + 0.01, within(1e-9));
    }

    private Optional<ControlChartView> chart(String source) {
        return views.controlChart(source, "P-1", Characteristic.BR, ControlCharts.INDIVIDUALS);
    }

    private void lots(int from, int to, String source) {
        for (int i = from; i < to; i++) {
            lot(i, source, 1.20 + 0.02 * i);
        }
    }

    /** A lot of part P-1 received on day i with five samples of the value. */
    private void lot(int i, String source, double value) {
        String lot = "LOT-" + i;
        lots.received(lot, "P-1", source, T0.plusSeconds(86_400L * i));
        for (int s = 0; s < 5; s++) {
            lots.sample(lot, "s" + s, Characteristic.BR, 20.0, value, T0);
        }
    }

    private void design() {
        specs.opened("SPEC-38UH", "P-1", 1, "qe.alice");
        specs.design("PUMP-M7", "Pump motor", 1, new MotorRequirements("SPEC-38UH", null, null, null, 0.60, null, null,
                150.0, ThermalClass.H, VibrationGrade.A, 0.95));
    }

    /** Motors i with one lot each (Br 1.22 + 0.002 i), Ke = 0.5 * Br. */
    private void motors(int from, int to) {
        for (int i = from; i < to; i++) {
            double br = 1.22 + 0.002 * i;
            lot(i, "MAKER-1", br);
            motors.record(new MotorPerformanceRecorded("RUN-" + i, "M-" + i, "PUMP-M7", "RIG-1", List.of("LOT-" + i), "KE",
                    OperatingPointKind.NO_LOAD, 100, 1500, 0, 0, null, null, 0.5 * br, 60.0, 0.5, null, null, List.of(), T0));
        }
    }
}
