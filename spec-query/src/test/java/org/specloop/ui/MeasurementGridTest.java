package org.specloop.ui;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.units.Characteristic;
import org.specloop.query.lot.LotMeasurement;
import org.specloop.query.lot.MeasuredValue;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MeasurementGridTest {

    @Test
    void oneColumnPerMeasuredPropertyAndAnEmptyCellWhereASampleDidNotMeasureIt() {
        LotMeasurement roomTemperature = measurement("S1", 20, MeasuredValue.of(Characteristic.BR, 1.32),
                MeasuredValue.of(Characteristic.HCJ, 1615.4));
        LotMeasurement hot = measurement("S1", 150, MeasuredValue.of(Characteristic.HCJ, 700.0),
                MeasuredValue.of(Characteristic.BETA_HCJ, -0.55));

        MeasurementGrid grid = MeasurementGrid.of(List.of(roomTemperature, hot), 2);

        assertThat(grid.columns()).extracting(MeasurementGrid.Column::symbol).containsExactly("Br", "HcJ", "beta(HcJ)");
        assertThat(grid.columns()).extracting(MeasurementGrid.Column::unit).containsExactly("T", "kA/m", "%/K");
        assertThat(grid.rows().get(0).cells()).extracting(v -> v == null ? null : v.value()).containsExactly(1.32, 1615.4, null);
        assertThat(grid.rows().get(1).cells()).extracting(v -> v == null ? null : v.value()).containsExactly(null, 700.0, -0.55);
        assertThat(grid.truncated()).isFalse();
        assertThat(MeasurementGrid.of(List.of(hot), 201).truncated()).isTrue();
    }

    private static LotMeasurement measurement(String sample, double temperatureC, MeasuredValue... values) {
        return new LotMeasurement("M-" + sample + "-" + temperatureC, sample, temperatureC, "QC", "HG-200",
                "CLOSED_CIRCUIT_IEC_60404_5", Instant.parse("2026-01-05T06:00:00Z"), List.of(values));
    }
}
