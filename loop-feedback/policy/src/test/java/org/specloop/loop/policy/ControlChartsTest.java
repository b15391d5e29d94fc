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

    @BeforeEach
    void database() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/loop").load().migrate();
        lots = new LotTable(new JdbcTemplate(dataSource));
        LoopProperties defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("specloop.loop", LoopProperties.class);
        charts = new ControlCharts(lots, new ChangeTable(new JdbcTemplate(dataSource)), defaults);
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
