package org.specloop.calculations.motor.vibration;

import org.specloop.contracts.rig.Mounting;
import org.specloop.contracts.rig.VibrationGrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VibrationLimitsTest {

    @ParameterizedTest(name = "grade {0} {1} H={2} mm -> {3} mm/s")
    @CsvSource({
            "A,FREE,100,1.6", "A,FREE,200,2.2", "A,FREE,315,2.8",
            "A,RIGID,100,1.3", "A,RIGID,200,1.8", "A,RIGID,315,2.3",
            "B,FREE,100,0.7", "B,FREE,200,1.1", "B,FREE,315,1.8",
            "B,RIGID,200,0.9", "B,RIGID,315,1.5",
    })
    void tableOfIec60034_14(VibrationGrade g, Mounting m, double h, double limit) {
        assertThat(VibrationLimits.limitFor(g, m, h)).isEqualTo(new VibrationLimit.Limit(limit));
    }

    @Test
    void gradeBRigidUpTo132HasNoLimit() {
        assertThat(VibrationLimits.limitFor(VibrationGrade.B, Mounting.RIGID, 132))
                .isInstanceOfSatisfying(VibrationLimit.NotApplicable.class,
                        na -> assertThat(na.reason()).contains("no limit for grade B, rigid mounting"));
    }

    @Test
    void shaftHeightBandEdges() {
        assertThat(ShaftHeightBand.of(56)).contains(ShaftHeightBand.H56_TO_132);
        assertThat(ShaftHeightBand.of(132)).contains(ShaftHeightBand.H56_TO_132);
        assertThat(ShaftHeightBand.of(132.5)).contains(ShaftHeightBand.ABOVE_132_TO_280);
        assertThat(ShaftHeightBand.of(280)).contains(ShaftHeightBand.ABOVE_132_TO_280);
        assertThat(ShaftHeightBand.of(280.5)).contains(ShaftHeightBand.ABOVE_280);
        assertThat(ShaftHeightBand.of(55)).isEmpty();
    }

    @Test
    void shaftHeightBelow56IsNotCovered() {
        assertThat(VibrationLimits.limitFor(VibrationGrade.A, Mounting.FREE, 50))
                .isInstanceOfSatisfying(VibrationLimit.NotApplicable.class,
                        na -> assertThat(na.reason()).contains("below 56 mm"));
    }

    @Test
    void limitPassesOnTheLimitAndGivesMargin() {
        VibrationLimit.Limit l = new VibrationLimit.Limit(1.6);

        assertThat(l.pass(1.6)).isTrue();
        assertThat(l.pass(1.61)).isFalse();
        assertThat(l.marginMmPerS(1.5)).isCloseTo(0.1, within(1e-12));
    }
}
