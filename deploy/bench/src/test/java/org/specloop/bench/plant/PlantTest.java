package org.specloop.bench.plant;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PlantTest {
    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");

    private static PlantOptions options(long measurements) {
        return PlantOptions.parse(new String[]{"--base=http://127.0.0.1:1", "--jdbc=jdbc:postgresql://127.0.0.1/x",
                "--measurements=" + measurements});
    }

    @Test
    void the_plant_grows_with_the_measurements_up_to_ten_thousand_main_lots() {
        Plant small = new Plant(options(10_000), NOW);
        Plant large = new Plant(options(1_000_000), NOW);

        assertThat(small.mainLots).as("at least 400, so that every chart fills Phase I").isEqualTo(400);
        assertThat(small.lotsOf(Chain.C)).as("the second 42SH maker: at least 120 lots").hasSize(120);
        assertThat(small.bulk).hasSize(400 + 120 + 50 + 50);
        assertThat(small.perLot).as("five samples at 20 and at 150 degC at least, an even count").isEqualTo(16);
        assertThat(large.mainLots).isEqualTo(10_000);
        assertThat(large.bulk).hasSize(10_000 + 1_250 + 1_250 + 1_250);
        assertThat(large.bulkMeasurements()).isBetween(990_000L, 1_000_000L);
        assertThat(options(1_000_000).motors()).isEqualTo(10_000);
    }

    @Test
    void every_measurement_lies_in_the_past_and_lots_arrive_in_receipt_order() {
        Plant plant = new Plant(options(10_000), NOW);
        PlantLot last = plant.probes.get(plant.probes.size() - 1);

        assertThat(plant.bulk.get(0).receivedAt()).isBefore(plant.bulk.get(1).receivedAt());
        assertThat(plant.bulk.get(plant.bulk.size() - 1).receivedAt()).isBefore(plant.probes.get(0).receivedAt());
        assertThat(last.measurementJson(VerdictProbe.MEASUREMENTS - 1))
                .contains("\"measuredAt\":\"" + last.receivedAt().plusSeconds(7200 + 60L * 9) + "\"");
        assertThat(last.receivedAt().plusSeconds(7200 + 60L * plant.perLot)).isBefore(NOW);
        assertThat(plant.driftLot.receivedAt()).isAfter(last.receivedAt());
        assertThat(plant.driftLot.receivedAt().plusSeconds(7200 + 60L * VerdictProbe.MEASUREMENTS)).isBefore(NOW);
    }

    @Test
    void the_drift_lot_is_about_seven_lot_to_lot_sigma_low_in_br_and_still_within_the_spec() {
        Plant plant = new Plant(options(10_000), NOW);
        double shift = (Chain.C.br() - plant.driftLot.br()) / Chain.LOT_SIGMA_BR;

        assertThat(shift).isBetween(4.5, 10.0);
        assertThat(plant.driftLot.br()).isGreaterThan(1.30);
    }

    /**
     * A plant meant to be stable: its lots' Br means are independent draws, so a chart's moving ranges estimate the
     * lot-to-lot sigma and the drift watch has nothing to find. Drawn with java.util.Random from neighbouring seeds,
     * consecutive means were correlated (0.47) and the moving ranges put the sigma a third too low.
     */
    @Test
    void consecutive_lots_of_a_source_are_independent_draws_of_its_process() {
        double[] means = new Plant(options(1_000_000), NOW).lotsOf(Chain.A).stream().mapToDouble(PlantLot::br).toArray();
        double mean = java.util.Arrays.stream(means).average().orElseThrow();
        double lagged = 0;
        double squares = 0;
        double ranges = 0;
        for (int i = 0; i < means.length; i++) {
            squares += (means[i] - mean) * (means[i] - mean);
            if (i > 0) {
                lagged += (means[i] - mean) * (means[i - 1] - mean);
                ranges += Math.abs(means[i] - means[i - 1]);
            }
        }
        double movingRangeSigma = ranges / (means.length - 1) / 1.128;

        assertThat(means).hasSize(10_000);
        assertThat(lagged / squares).as("lag-1 autocorrelation of the lot means").isBetween(-0.05, 0.05);
        assertThat(movingRangeSigma / Chain.LOT_SIGMA_BR).as("moving-range sigma against the process's").isBetween(0.95, 1.05);
    }

    @Test
    void the_same_plant_is_built_on_every_run() {
        assertThat(new Plant(options(10_000), NOW).bulk.get(7).batchJson(0, 4))
                .isEqualTo(new Plant(options(10_000), NOW).bulk.get(7).batchJson(0, 4));
    }

    @Test
    void a_run_meets_the_floors_only_when_every_figure_does() {
        Map<String, String> figures = new LinkedHashMap<>(Map.of("processed_per_s", "5200", "head_after_load_s", "4.0",
                "verdict_p99_ms", "900", "drift_ms", "300", "reevaluate_s", "9.5", "query_p99_ms", "150",
                "replay_events_per_s", "31000"));
        assertThat(Floors.met(figures)).isTrue();
        assertThat(Floors.report(figures)).anyMatch(line -> line.startsWith("verdict_p99_ms") && line.endsWith("floor"));

        figures.put("query_p99_ms", "201");
        assertThat(Floors.met(figures)).isFalse();
        assertThat(Floors.report(figures)).anyMatch(line -> line.startsWith("query_p99_ms") && line.endsWith("NO"));
    }
}
