package org.specloop.ui;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.units.Characteristic;
import org.specloop.loop.policy.ControlChartView;
import org.specloop.loop.policy.ControlCharts;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

/** The revision page draws the loop's charts of the part's sources under each limit; it computes none itself. */
class EvidenceTest {
    private static final String PART = "RTR-MAG-42SH-01";
    private final ControlCharts charts = mock(ControlCharts.class);
    private final Evidence evidence = new Evidence(charts);

    @Test
    void eachLimitAtTheChartTemperatureGetsTheLoopsChartOfEverySourceWithBothLimits() {
        ControlChartView de = chart("MAG-DE-1");
        ControlChartView jp = chart("MAG-JP-1");
        when(charts.ofPart(PART, Characteristic.HCJ)).thenReturn(List.of(de, jp));

        List<LimitChart> drawn = evidence.controlCharts(PART, content(limit(Characteristic.HCJ, 1600.0, 20)),
                content(limit(Characteristic.HCJ, 1592.0, 20.3)));

        assertThat(drawn).extracting(LimitChart::chart).containsExactly(de, jp);
        assertThat(drawn).allSatisfy(c -> {
            assertThat(c.key()).isEqualTo("HCJ@20degC");
            assertThat(c.currentMin()).isEqualTo(1592.0);
            assertThat(c.proposedMin()).isEqualTo(1600.0);
            assertThat(c.currentMax()).isNull();
            assertThat(c.samples()).isEqualTo(10);
        });
    }

    @Test
    void aLimitWithoutMeasuredLotsSaysSoAndALimitAtAnotherTemperatureIsNotCharted() {
        when(charts.ofPart(PART, Characteristic.BR)).thenReturn(List.of());

        List<LimitChart> drawn = evidence.controlCharts(PART,
                content(limit(Characteristic.BR, 1.30, 20), limit(Characteristic.HCJ, 450.0, 150)), null);

        assertThat(drawn).satisfiesExactly(
                br -> {
                    assertThat(br.hasData()).isFalse();
                    assertThat(br.atChartTemperature()).isTrue();
                    assertThat(br.currentMin()).isNull();
                },
                hot -> {
                    assertThat(hot.hasData()).isFalse();
                    assertThat(hot.atChartTemperature()).isFalse();
                    assertThat(hot.title()).isEqualTo("HcJ at 150 °C");
                });
        verify(charts).ofPart(PART, Characteristic.BR);
        verifyNoMoreInteractions(charts);
    }

    private static ControlChartView chart(String source) {
        List<ControlChartView.Point> points = List.of(
                new ControlChartView.Point(0, source + "-LOT-1", 1640, null, 5, Instant.EPOCH, "I", List.of()),
                new ControlChartView.Point(1, source + "-LOT-2", 1600, 40.0, 5, Instant.EPOCH, "I", List.of()));
        return new ControlChartView(source, PART, "HCJ", "kA/m", ControlCharts.INDIVIDUALS, 20, false,
                new ControlChartView.Limits(1513.6, 1620, 1726.4), new ControlChartView.Limits(0, 40, 130.7), 35.5,
                List.of("WESTERN_ELECTRIC_1"), points, List.of());
    }

    private static CharacteristicLimit limit(Characteristic characteristic, double min, double temperatureC) {
        return new CharacteristicLimit(characteristic, min, null, null, temperatureC, "IEC 60404-8-1");
    }

    private static RevisionContent content(CharacteristicLimit... limits) {
        return new RevisionContent(List.of(limits), List.of(), null, 150.0);
    }
}
