package org.specloop.command.lot.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.specloop.command.kernel.FieldError;
import org.specloop.command.kernel.PastInstants;
import org.specloop.command.kernel.RequestValidationException;
import org.specloop.contracts.units.Characteristic;

class MagnetPhysicsTest {

    /** An N42SH sample at 20 degC as a vendor datasheet gives it: Br 1.31 T, HcB 995, HcJ 1600, Hk 1520 kA/m, 330 kJ/m3. */
    private static Map<Characteristic, Double> n42sh() {
        Map<Characteristic, Double> values = new EnumMap<>(Characteristic.class);
        values.put(Characteristic.BR, 1.31);
        values.put(Characteristic.HCB, 995.0);
        values.put(Characteristic.HCJ, 1600.0);
        values.put(Characteristic.HK, 1520.0);
        values.put(Characteristic.BH_MAX, 330.0);
        return values;
    }

    @Test
    void a_real_n42sh_set_passes() {
        assertThat(MagnetPhysics.check(n42sh())).isEmpty();
    }

    @Test
    void the_bounds_are_the_textbook_ones() {
        // Br 1.31 T: Br/mu0 = 1042.46 kA/m, Br^2/(4 mu0) = 341.41 kJ/m3
        assertThat(MagnetPhysics.hcbBound(1.31)).isCloseTo(1042.46, org.assertj.core.data.Offset.offset(0.01));
        assertThat(MagnetPhysics.bhMaxBound(1.31)).isCloseTo(341.41, org.assertj.core.data.Offset.offset(0.01));
        // N52 at the top of its range: Br 1.48 T bounds (BH)max at 435.77 kJ/m3, above the 422 datasheets give
        assertThat(MagnetPhysics.bhMaxBound(1.48)).isCloseTo(435.77, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void hk_above_hcj_is_refused_naming_both_values() {
        Map<Characteristic, Double> values = n42sh();
        values.put(Characteristic.HK, 1700.0);

        assertThat(MagnetPhysics.check(values)).singleElement().satisfies(v -> {
            assertThat(v.characteristic()).isEqualTo(Characteristic.HK);
            assertThat(v.message()).isEqualTo("Hk 1700 kA/m is above HcJ 1600 kA/m by more than the 1 % a measurement"
                    + " may be off (the knee lies before the intrinsic coercivity)");
        });
    }

    @Test
    void hcb_above_hcj_is_refused() {
        Map<Characteristic, Double> values = n42sh();
        values.put(Characteristic.HCJ, 900.0);
        values.put(Characteristic.HK, 850.0);

        assertThat(MagnetPhysics.check(values)).singleElement().satisfies(v -> {
            assertThat(v.characteristic()).isEqualTo(Characteristic.HCB);
            assertThat(v.message()).contains("HcB 995 kA/m").contains("HcJ 900 kA/m");
        });
    }

    @Test
    void hcb_above_br_over_mu0_is_refused() {
        Map<Characteristic, Double> values = n42sh();
        values.put(Characteristic.HCB, 1100.0);

        assertThat(MagnetPhysics.check(values)).singleElement().satisfies(v -> {
            assertThat(v.characteristic()).isEqualTo(Characteristic.HCB);
            assertThat(v.message()).contains("HcB 1100 kA/m").contains("1042.4649 kA/m").contains("Br 1.31 T");
        });
    }

    @Test
    void bh_max_above_the_br_bound_is_refused() {
        Map<Characteristic, Double> values = n42sh();
        values.put(Characteristic.BH_MAX, 400.0);

        assertThat(MagnetPhysics.check(values)).singleElement().satisfies(v -> {
            assertThat(v.characteristic()).isEqualTo(Characteristic.BH_MAX);
            assertThat(v.message()).contains("(BH)max 400 kJ/m3").contains("341.4").contains("kJ/m3")
                    .contains("Br 1.31 T");
        });
    }

    @Test
    void a_value_within_the_tolerance_of_its_bound_passes_and_just_beyond_is_refused() {
        Map<Characteristic, Double> values = n42sh();
        values.put(Characteristic.HK, 1600.0 * 1.009);
        assertThat(MagnetPhysics.check(values)).isEmpty();

        values.put(Characteristic.HK, 1600.0 * 1.011);
        assertThat(MagnetPhysics.check(values)).hasSize(1);
    }

    @Test
    void properties_not_given_are_not_checked() {
        assertThat(MagnetPhysics.check(Map.of(Characteristic.HK, 1700.0))).isEmpty();
        assertThat(MagnetPhysics.check(Map.of(Characteristic.BH_MAX, 500.0))).isEmpty();
    }

    @Test
    void the_measurement_mapping_refuses_an_impossible_set_at_the_value_field() {
        // HcJ sent in kOe (20.1 kOe = 1600 kA/m), Hk typed as 2000 kA/m: only Hk is wrong
        MeasurementRequest request = new MeasurementRequest("M-1", "S-1",
                new MeasurementRequest.Quantity(20.0, "degC"), "Lab", "Permagraph", "closed-circuit",
                List.of(new MeasurementRequest.Value("Br", 1.31, "T"),
                        new MeasurementRequest.Value("HcJ", 20.1, "kOe"),
                        new MeasurementRequest.Value("Hk", 2000.0, "kA/m"),
                        new MeasurementRequest.Value("(BH)max", 45.0, "MGOe")),
                Instant.parse("2026-01-05T06:00:00Z"));

        assertThatThrownBy(() -> MeasurementRequests.record("LOT-1", request, new PastInstants(Clock.systemUTC(), Duration.ofMinutes(5))))
                .isInstanceOfSatisfying(RequestValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("values[2].value", "values[3].value"));
    }
}
