package org.specloop.calculations.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SpecialFunctionsTest {

    @Test
    void logGammaKnownValues() {
        assertThat(SpecialFunctions.logGamma(5.0)).isCloseTo(Math.log(24.0), within(1e-13));
        assertThat(SpecialFunctions.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-13));
        assertThat(SpecialFunctions.logGamma(0.1)).isCloseTo(2.252712651734206, within(1e-12));
        assertThat(SpecialFunctions.logGamma(101.0)).isCloseTo(363.73937555556347, within(1e-9));
    }

    @Test
    void incompleteBetaClosedForms() {
        // I_x(1, b) = 1 - (1 - x)^b and I_x(a, 1) = x^a.
        assertThat(SpecialFunctions.regularizedBeta(0.3, 1.0, 4.0)).isCloseTo(1 - Math.pow(0.7, 4), within(1e-14));
        assertThat(SpecialFunctions.regularizedBeta(0.8, 3.0, 1.0)).isCloseTo(Math.pow(0.8, 3), within(1e-14));
        assertThat(SpecialFunctions.regularizedBeta(0.5, 2.5, 2.5)).isCloseTo(0.5, within(1e-14));
    }

    @Test
    void incompleteGammaClosedForms() {
        // P(1, x) = 1 - e^-x.
        assertThat(SpecialFunctions.regularizedGammaP(1.0, 2.0)).isCloseTo(1 - Math.exp(-2.0), within(1e-14));
        assertThat(SpecialFunctions.regularizedGammaQ(1.0, 30.0)).isCloseTo(Math.exp(-30.0), within(1e-25));
    }
}
