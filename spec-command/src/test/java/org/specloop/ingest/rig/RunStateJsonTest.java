package org.specloop.ingest.rig;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.motor.StartMotorTestRun;
import org.specloop.contracts.rig.Mounting;
import org.specloop.contracts.rig.OperatingPointKind;
import org.specloop.contracts.rig.ThermalClass;
import org.specloop.contracts.rig.VibrationGrade;
import org.specloop.calculations.motor.point.AggregatorState;

/** A run's stored state comes back with every aggregator sum the very same double, however awkward. */
class RunStateJsonTest {

    /** Values whose shortest decimal is long or unusual: the ones a double writer gets wrong first. */
    private static final double[] AWKWARD = {0.1 + 0.2, 2e23, 5e-324, Double.MIN_NORMAL, Double.MAX_VALUE,
            1.0E-5, 123456789.12345678, -0.0, 9007199254740993.0, 1.7976931348623157e308 / 3,
            Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    @Test
    void aggregatorSumsSurviveTheStoreExactly() {
        RunState.Stored stored = run(aggregator(AWKWARD));

        RunState.Stored back = JdbcRigStateStore.read(JdbcRigStateStore.write(stored));

        AggregatorState state = back.points().get(0).state();
        assertArrayEquals(AWKWARD, state.speed());
        assertArrayEquals(AWKWARD, state.emfSpeed());
        assertEquals(0.1 + 0.2, state.coolantC());
        assertEquals(back.keBeforeVsPerRad(), 1.0 / 3);
        assertEquals(JdbcRigStateStore.write(stored), JdbcRigStateStore.write(back));
    }

    private static AggregatorState aggregator(double[] v) {
        return new AggregatorState(7, 1.0 / 3, 2.0 / 3, v, v, v, 7, v, v, 7, v, Math.PI, 0.1 + 0.2, Math.E, 7, v, 7, v, v);
    }

    private static RunState.Stored run(AggregatorState state) {
        StartMotorTestRun start = new StartMotorTestRun("RUN-1", "RIG-7", "SN-1", "PMSM-11K-4P", 11.0, 4, 50.0,
                ThermalClass.F, 132, Mounting.RIGID, VibrationGrade.A, List.of("LOT-1"), "IE3", 1.0,
                Instant.parse("2026-11-20T08:00:00Z"));
        PointState.Stored point = new PointState.Stored("P0", OperatingPointKind.LOAD, 100, 100, 0,
                PointState.Status.OPEN, state, -1, false);
        return new RunState.Stored(start, List.of("RUN-1-start"), List.of(point),
                new SequenceWindow.Stored(42, List.of(), List.of()), "P0", 1, 1.0 / 3, false, false, null, 3);
    }
}
