package org.specloop.loop.policy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.DriftEvidence;
import org.specloop.contracts.change.RaiseEngineeringChange;
import org.specloop.contracts.units.Characteristic;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/** The drift watch as the loop runs it: one change per source and cause, and what happens after a decision. */
class DriftPolicyTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private static final String SOURCE = "MAKER-A";
    private static final String PART = "P-1";
    private final Random random = new Random(19);
    private LotTable lots;
    private ChangeTable changes;
    private DriftPolicy drift;
    private CommandGateway commands;
    private int lot;

    @BeforeEach
    void database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/loop").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        lots = new LotTable(jdbc);
        changes = new ChangeTable(jdbc);
        LoopProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of("specloop.loop.spc.hold-later-lots", "false")))
                .bindOrCreate("specloop.loop", LoopProperties.class);
        commands = mock(CommandGateway.class);
        drift = new DriftPolicy(new ControlCharts(lots, changes, defaults), lots, changes, new SpecTable(jdbc, new ObjectMapper()),
                defaults, commands, new LotHolds(commands), Clock.fixed(T0, ZoneOffset.UTC));
    }

    @Test
    void aBrDropRaisesOneChangeForBrAndBhMaxTogetherAtItsFirstLot() {
        lots(30, 0);
        String first = lot(-20);
        lots(2, -20);

        ArgumentCaptor<RaiseEngineeringChange> raised = ArgumentCaptor.forClass(RaiseEngineeringChange.class);
        verify(commands, times(1)).sendAndWait(raised.capture());
        RaiseEngineeringChange change = raised.getValue();
        assertThat(change.trigger()).isEqualTo(ChangeTrigger.DRIFT);
        assertThat(change.changeId()).isEqualTo("EC-DRIFT-MAKER-A-BR-" + first);
        assertThat(change.description()).contains("PHASE_I_JUMP").contains(first + " (first lot)").contains("(from 30 lots, provisional until Phase I has 100 lots)");
        assertThat(changes.drifts()).singleElement().satisfies(d -> assertThat(d.cause()).isEqualTo("BR"));
        DriftEvidence evidence = change.drift();
        assertThat(evidence.sourceId()).isEqualTo(SOURCE);
        assertThat(evidence.characteristic()).isEqualTo("BR");
        assertThat(evidence.rule()).isEqualTo("PHASE_I_JUMP");
        assertThat(evidence.firstLot()).isEqualTo(first);
        assertThat(evidence.signalLot()).isEqualTo(first);
        assertThat(evidence.statistic()).isLessThan(-6);
        assertThat(evidence.phaseOneLots()).isEqualTo(30);
        assertThat(evidence.phaseOneComplete()).isFalse();
        assertThat(evidence.phaseOneLower()).isLessThan(evidence.phaseOneCenter()).isGreaterThan(evidence.signalLotMean());
    }

    @Test
    void afterARejectionMonitoringRestartsAndTheSameShiftIsNotRaisedAgain() {
        lots(30, 0);
        String first = lot(-20);
        String id = "EC-DRIFT-MAKER-A-BR-" + first;
        changes.raised(id, ChangeTrigger.DRIFT, List.of(SOURCE), List.of(first));
        changes.ended(id, true);

        lots(5, 0);

        verify(commands, times(1)).sendAndWait(any());
    }

    @Test
    void afterAnApprovalTheChartLearnsItsLimitsAgainFromTheNextLots() {
        lots(30, 0);
        String first = lot(-20);
        String id = "EC-DRIFT-MAKER-A-BR-" + first;
        changes.raised(id, ChangeTrigger.DRIFT, List.of(SOURCE), List.of(first));
        changes.approved(id);
        changes.ended(id, false);

        lots(20, -20);

        verify(commands, times(1)).sendAndWait(any());
        ControlChartView chart = new ControlCharts(lots, changes, bound()).view(SOURCE, PART, Characteristic.BR,
                ControlCharts.INDIVIDUALS).orElseThrow();
        assertThat(chart.points()).hasSize(20);
        assertThat(chart.limits().center()).isLessThan(1.2);
    }

    /**
     * The approval was parked and retried after later lots were handled: the chart still learns its limits again
     * from the lots received after the approval in the store, not after the retry.
     */
    @Test
    void anApprovalHandledLateRestartsTheChartAtItsPlaceInTheStore() {
        lots(30, 0);
        String first = lot(-20);
        String id = "EC-DRIFT-MAKER-A-BR-" + first;
        changes.raised(id, ChangeTrigger.DRIFT, List.of(SOURCE), List.of(first));
        long approvedAt = position(lot) + 5;

        lots(20, -20);
        changes.approved(id, approvedAt);
        changes.ended(id, false, approvedAt + 1);

        ControlChartView chart = new ControlCharts(lots, changes, bound()).view(SOURCE, PART, Characteristic.BR,
                ControlCharts.INDIVIDUALS).orElseThrow();
        assertThat(chart.points()).hasSize(20);
        assertThat(chart.limits().center()).isLessThan(1.2);
        verify(commands, times(1)).sendAndWait(any());
    }

    @Test
    void noChangeOnAStableSource() {
        lots(150, 0);

        verify(commands, never()).sendAndWait(any());
    }

    private static LoopProperties bound() {
        return new Binder(new MapConfigurationPropertySource(Map.of())).bindOrCreate("specloop.loop", LoopProperties.class);
    }

    /** Store positions with room between lots for other events. */
    private static long position(int lot) {
        return 10L * lot;
    }

    private void lots(int n, double shiftSigma) {
        for (int i = 0; i < n; i++) {
            lot(shiftSigma);
        }
    }

    /** One lot: Br lot mean 1.24 T, lot-to-lot sigma 0.006 T, (BH)max following it; the drift checks run after it. */
    private String lot(double shiftSigma) {
        lot++;
        String lotId = String.format("LOT-%03d", lot);
        lots.received(lotId, PART, SOURCE, T0.plusSeconds(3600L * lot), position(lot));
        double z = random.nextGaussian() + shiftSigma;
        for (int s = 0; s < 5; s++) {
            lots.sample(lotId, "s" + s, Characteristic.BR, 20.0, 1.24 + 0.006 * z, T0);
            lots.sample(lotId, "s" + s, Characteristic.BH_MAX, 20.0, 298 + 3 * (z + 0.3 * random.nextGaussian()), T0);
        }
        drift.check(SOURCE, PART, Characteristic.BH_MAX);
        drift.check(SOURCE, PART, Characteristic.BR);
        return lotId;
    }
}
