package org.specloop.loop.policy;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.units.Characteristic;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The charts of a part, one per source that delivered it, as the UI draws them under a revision. */
class ControlChartsTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");
    private LotTable lots;
    private ControlCharts charts;
    private ChangeTable changes;

    @BeforeEach
    void database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/loop").load().migrate();
        lots = new LotTable(new JdbcTemplate(dataSource));
        LoopProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("specloop.loop", LoopProperties.class);
        changes = new ChangeTable(new JdbcTemplate(dataSource));
        charts = new ControlCharts(lots, changes, defaults);
    }

    @Test
    void aPartHasTheChartOfEverySourceWithALotMeasuredOftenEnough() {
        lot("LOT-1", "P-1", "MAKER-B", 0, 5, 1.20);
        lot("LOT-2", "P-1", "MAKER-B", 1, 5, 1.24);
        lot("LOT-3", "P-1", "MAKER-B", 2, 5, 1.22);
        lot("LOT-4", "P-1", "MAKER-A", 3, 5, 1.30);
        lot("LOT-5", "P-1", "MAKER-C", 4, 2, 1.25);
        lot("LOT-6", "P-2", "MAKER-D", 5, 5, 1.25);

        assertThat(charts.ofPart("P-1", Characteristic.BR)).satisfiesExactly(
                a -> {
                    assertThat(a).isEqualTo(charts.view("MAKER-A", "P-1", Characteristic.BR, ControlCharts.INDIVIDUALS).orElseThrow());
                    assertThat(a.points()).extracting(ControlChartView.Point::lotId).containsExactly("LOT-4");
                    assertThat(a.limits()).isNull();
                },
                b -> {
                    assertThat(b.sourceId()).isEqualTo("MAKER-B");
                    assertThat(b.chart()).isEqualTo(ControlCharts.INDIVIDUALS);
                    assertThat(b.points()).extracting(ControlChartView.Point::lotId).containsExactly("LOT-1", "LOT-2", "LOT-3");
                    assertThat(b.phaseOneComplete()).isFalse();
                    assertThat(b.limits().center()).isCloseTo(1.22, within(1e-9));
                });
        assertThat(charts.ofPart("P-3", Characteristic.BR)).isEmpty();
    }

    @Test
    void theChartCarriesThePhaseTwoCusumAndEwmaItsSignalsWereJudgedOn() {
        LoopProperties short16 = new Binder(new MapConfigurationPropertySource(Map.of(
                "specloop.loop.spc.phase-one-lots", "16", "specloop.loop.spc.ewma.enabled", "true")))
                .bindOrCreate("specloop.loop", LoopProperties.class);
        // 16 lots alternating 1.24 +- 0.002 (sigma of the lot means 0.004 / d2), then 10 lots 1.5 sigma high
        double sigma = 0.004 / 1.128;
        for (int i = 0; i < 26; i++) {
            lot("LOT-" + (100 + i), "P-1", "MAKER-B", i, 5, i < 16 ? 1.24 + (i % 2 == 0 ? 0.002 : -0.002) : 1.24 + 1.5 * sigma);
        }
        ControlCharts withEwma = new ControlCharts(lots, changes, short16);
        ControlChartView view = withEwma.view("MAKER-B", "P-1", Characteristic.BR, ControlCharts.INDIVIDUALS).orElseThrow();

        assertThat(view.cusum().h()).isEqualTo(5.5);
        assertThat(view.cusum().points()).hasSize(10).first().satisfies(p -> {
            assertThat(p.lotId()).isEqualTo("LOT-116");
            assertThat(p.upper()).isCloseTo(0.7, within(1e-6));
        });
        // C+ grows 0.7 a lot (k = 0.8): past h = 5.5 at the eighth Phase II lot, the signal the chart lists
        assertThat(view.cusum().points()).filteredOn(p -> p.signal() != null)
                .extracting(ControlChartView.CusumPoint::lotId, ControlChartView.CusumPoint::signal)
                .containsExactly(org.assertj.core.api.Assertions.tuple("LOT-123", "CUSUM_UPPER"));
        assertThat(view.signals()).anySatisfy(s -> assertThat(s.lotId()).isEqualTo("LOT-123"));
        ControlChartView.EwmaPoint ewmaSignal = view.ewma().points().stream().filter(p -> p.signal() != null)
                .findFirst().orElseThrow();
        assertThat(ewmaSignal.signal()).isEqualTo("EWMA_UPPER");
        assertThat(ewmaSignal.value()).isGreaterThan(ewmaSignal.ucl());
        assertThat(view.ewma().points().get(0).value()).as("in tesla, started at the centre")
                .isCloseTo(view.limits().center() + 0.2 * (1.24 + 1.5 * sigma - view.limits().center()), within(1e-9));
        assertThat(view.signals()).anySatisfy(s -> {
            assertThat(s.rule()).isEqualTo("EWMA_UPPER");
            assertThat(s.lotId()).isEqualTo(ewmaSignal.lotId());
        });
        // each point names the rules that fired at it, and only those
        assertThat(view.points()).filteredOn(p -> p.lotId().equals("LOT-123")).singleElement()
                .satisfies(p -> assertThat(p.signals()).contains("CUSUM_UPPER"));
        assertThat(view.points()).filteredOn(p -> p.lotId().equals(ewmaSignal.lotId())).singleElement()
                .satisfies(p -> assertThat(p.signals()).contains("EWMA_UPPER"));
        assertThat(view.points().subList(0, 16)).allSatisfy(p -> assertThat(p.signals()).isEmpty());
        // the defaults run no EWMA, and Phase I (100 lots) has not ended: nothing to draw yet
        ControlChartView defaults = charts.view("MAKER-B", "P-1", Characteristic.BR, ControlCharts.INDIVIDUALS).orElseThrow();
        assertThat(defaults.ewma()).isNull();
        assertThat(defaults.cusum().points()).isEmpty();
    }

    @Test
    void onlyMeasurementsAtTwentyDegreesArePointsOfTheCharts() {
        assertThat(ControlCharts.charted(20.0)).isTrue();
        assertThat(ControlCharts.charted(20.4)).isTrue();
        assertThat(ControlCharts.charted(23.0)).isFalse();
        assertThat(ControlCharts.charted(150.0)).isFalse();
    }

    private void lot(String lotId, String part, String source, int day, int samples, double value) {
        lots.received(lotId, part, source, T0.plusSeconds(86_400L * day));
        for (int s = 0; s < samples; s++) {
            lots.sample(lotId, "s" + s, Characteristic.BR, 20.0, value, T0);
        }
    }
}
