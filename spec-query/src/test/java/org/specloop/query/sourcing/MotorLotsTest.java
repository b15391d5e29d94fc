package org.specloop.query.sourcing;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.motor.MotorRunCompleted;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which designs were built with which lots, as the disruption and risk views read them: one row per design and
 * lot however many runs of the design used the lot, in one batch or in several, and a replayed run adds nothing.
 */
class MotorLotsTest {
    private final SupplyWorld world = new SupplyWorld();

    private static MotorRunCompleted run(String runId, String design, String... lots) {
        return new MotorRunCompleted(runId, "SN-" + runId, design, List.of(lots), 7, Instant.parse("2026-03-01T10:00:00Z"));
    }

    private void batch(MotorRunCompleted... runs) {
        List<EventMessage<?>> messages = java.util.Arrays.stream(runs)
                .<EventMessage<?>>map(GenericEventMessage::asEventMessage).toList();
        BatchingUnitOfWork<EventMessage<?>> unitOfWork = new BatchingUnitOfWork<>(messages);
        unitOfWork.execute(() -> world.projection.on((MotorRunCompleted) unitOfWork.getMessage().getPayload()));
    }

    private List<String> rows() {
        return world.db.jdbc.queryForList("SELECT motor_design || '/' || lot_id FROM q_sourcing_motor_lot"
                + " ORDER BY motor_design, lot_id", new MapSqlParameterSource(), String.class);
    }

    @Test
    void runsOfOneDesignSharingALotMakeOneRowInOneBatchOrMany() {
        batch(run("RUN-1", "PUMP-M7", "LOT-2", "LOT-1"), run("RUN-2", "PUMP-M7", "LOT-1"), run("RUN-3", "FAN-M2", "LOT-1"));
        batch(run("RUN-4", "PUMP-M7", "LOT-2", "LOT-3"));
        batch(run("RUN-1", "PUMP-M7", "LOT-2", "LOT-1"));
        world.projection.on(run("RUN-5", "FAN-M2", "LOT-1", "LOT-4"));

        assertThat(rows()).containsExactly("FAN-M2/LOT-1", "FAN-M2/LOT-4", "PUMP-M7/LOT-1", "PUMP-M7/LOT-2",
                "PUMP-M7/LOT-3");
    }
}
