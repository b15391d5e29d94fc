package org.specloop.calculations.spc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CapabilityTest {

    /*
     * Values 10.1, 9.8, 10.3, 10.0, 9.9, 10.2, 10.1, 9.7, 10.0, 10.4 with LSL 9, USL 11:
     * mean 100.5/10 = 10.05; moving ranges .3 .5 .3 .1 .3 .1 .4 .3 .4, MR-bar = 2.7/9 = 0.3;
     * within sigma 0.3/1.128 = 0.265957. Squared deviations sum to 0.425, s = sqrt(0.425/9) = 0.217307.
     * Cp = 2/(6*0.265957) = 1.253333; Cpk = min(0.95, 1.05)/(3*0.265957) = 1.190667;
     * Pp = 2/(6*0.217307) = 1.533930; Ppk = 0.95/(3*0.217307) = 1.457233.
     */
    private static final double[] VALUES = {10.1, 9.8, 10.3, 10.0, 9.9, 10.2, 10.1, 9.7, 10.0, 10.4};

    @Test
    void twoSidedIndividuals() {
        Capability c = Capability.ofIndividuals(VALUES, SpecLimits.between(9, 11));
        assertThat(c.mean()).isCloseTo(10.05, within(1e-12));
        assertThat(c.withinSigma()).isCloseTo(0.265957, within(1e-6));
        assertThat(c.overallSigma()).isCloseTo(0.217307, within(1e-6));
        assertThat(c.cp().getAsDouble()).isCloseTo(1.253333, within(1e-6));
        assertThat(c.cpk()).isCloseTo(1.190667, within(1e-6));
        assertThat(c.pp().getAsDouble()).isCloseTo(1.533930, within(1e-6));
        assertThat(c.ppk()).isCloseTo(1.457233, within(1e-6));
    }

    @Test
    void oneSidedHasNoCpAndUsesTheSideThereIs() {
        // Lower limit only at 9.5: Cpk = (10.05 - 9.5)/(3*0.265957) = 0.689333.
        Capability lower = Capability.ofIndividuals(VALUES, SpecLimits.atLeast(9.5));
        assertThat(lower.cp()).isEmpty();
        assertThat(lower.pp()).isEmpty();
        assertThat(lower.cpk()).isCloseTo(0.689333, within(1e-6));
        // Upper limit only at 11: Cpk = 0.95/(3*0.265957) = 1.190667.
        assertThat(Capability.ofIndividuals(VALUES, SpecLimits.atMost(11)).cpk()).isCloseTo(1.190667, within(1e-6));
    }

    @Test
    void subgroupsUsePooledWithinSigma() {
        // Every subgroup has s^2 = 2.5, so pooled s = 1.581139 over 12 df; / c4(13) = 0.979406
        // gives 1.614386; Cp = 12/(6*1.614386) = 1.238861 for limits 4 .. 16.
        Capability c = Capability.ofSubgroups(XbarSChartTest.BASELINE, SpecLimits.between(4, 16));
        assertThat(c.withinSigma()).isCloseTo(1.614386, within(1e-6));
        assertThat(c.cp().getAsDouble()).isCloseTo(1.238861, within(1e-6));
        assertThat(c.cpk()).isCloseTo(1.238861, within(1e-6));
        assertThat(c.overallSigma()).isCloseTo(1.690309, within(1e-6));
    }

    @Test
    void refusesInvertedOrMissingLimits() {
        assertThatThrownBy(() -> SpecLimits.between(11, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SpecLimits(java.util.OptionalDouble.empty(), java.util.OptionalDouble.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
