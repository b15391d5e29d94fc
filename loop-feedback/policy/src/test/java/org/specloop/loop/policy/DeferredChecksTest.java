package org.specloop.loop.policy;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.lot.MeasurementMethod;
import org.specloop.contracts.lot.MeasurementRecorded;
import org.specloop.contracts.lot.PropertyValue;
import org.specloop.contracts.motordesign.MotorRequirements;
import org.specloop.contracts.units.Characteristic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A batch redraws each chart once, after its last measurement, and before any event of another kind. */
class DeferredChecksTest {
    private final DriftPolicy drift = mock(DriftPolicy.class);
    private final MotorTable motors = mock(MotorTable.class);
    private final SpecTable specs = mock(SpecTable.class);
    private final ProposalPolicy proposals = mock(ProposalPolicy.class);
    private final DeferredChecks checks = new DeferredChecks(drift, motors, specs, proposals, mock(LotTable.class));
    private final DeferredChecksInterceptor interceptor = new DeferredChecksInterceptor(checks);
    private final List<String> order = new ArrayList<>();

    DeferredChecksTest() {
        doAnswer(call -> order.add("check " + call.getArgument(0) + " " + call.getArgument(2))).when(drift).check(any(), any(), any());
        doAnswer(call -> order.add("reconsider " + call.getArgument(0))).when(proposals).reconsider(any());
        when(drift.causeOf(any())).thenAnswer(call -> call.getArgument(0).equals(Characteristic.BH_MAX)
                ? Characteristic.BR : call.getArgument(0));
    }

    @Test
    void aBatchTouchingBothChartsOfOneCauseChecksTheCauseOnce() throws Exception {
        handleInOneBatch(List.of(measurement("LOT-1")), event -> {
            order.add("measured");
            checks.chartChanged("MAKER-1", "P-1", Characteristic.BR);
            checks.chartChanged("MAKER-1", "P-1", Characteristic.HCJ);
            checks.chartChanged("MAKER-1", "P-1", Characteristic.BH_MAX);
        });

        assertThat(order).containsExactly("measured", "check MAKER-1 BR", "check MAKER-1 HCJ");
    }

    @Test
    void aBatchOfMeasurementsOnOneChartChecksItOnceAfterTheLast() throws Exception {
        handleInOneBatch(List.of(measurement("LOT-1"), measurement("LOT-1"), measurement("LOT-2")), this::measured);

        assertThat(order).containsExactly("measured LOT-1", "measured LOT-1", "measured LOT-2", "check MAKER-1 BR");
        verify(drift, times(1)).check("MAKER-1", "P-1", Characteristic.BR);
    }

    @Test
    void pendingChecksRunBeforeAnEventOfAnotherKind() throws Exception {
        handleInOneBatch(List.of(measurement("LOT-1"), other("LOT-9 received"), measurement("LOT-2")), this::measured);

        assertThat(order).containsExactly("measured LOT-1", "check MAKER-1 BR", "other LOT-9 received", "measured LOT-2",
                "check MAKER-1 BR");
    }

    @Test
    void eachSpecOfTheMeasuredLotsMotorDesignsIsReconsideredOncePerBatch() throws Exception {
        when(motors.designsWithLot("LOT-1")).thenReturn(List.of("D-1", "D-2"));
        when(motors.designsWithLot("LOT-2")).thenReturn(List.of("D-2"));
        when(specs.design("D-1")).thenReturn(Optional.of(design("D-1", "SPEC-A")));
        when(specs.design("D-2")).thenReturn(Optional.of(design("D-2", "SPEC-A")));

        handleInOneBatch(List.of(measurement("LOT-1"), measurement("LOT-2"), measurement("LOT-1")), this::measured);

        verify(motors, times(1)).designsWithLot("LOT-1");
        assertThat(order).endsWith("check MAKER-1 BR", "reconsider SPEC-A");
        verify(proposals, times(1)).reconsider("SPEC-A");
    }

    @Test
    void outsideABatchTheChecksRunAtOnce() {
        checks.chartChanged("MAKER-1", "P-1", Characteristic.BR);
        checks.chartChanged("MAKER-1", "P-1", Characteristic.BR);

        verify(drift, times(2)).check("MAKER-1", "P-1", Characteristic.BR);
    }

    private void measured(EventMessage<?> event) {
        if (event.getPayload() instanceof MeasurementRecorded m) {
            order.add("measured " + m.lotId());
            checks.chartChanged("MAKER-1", "P-1", Characteristic.BR);
            checks.lotMeasured(m.lotId());
        } else {
            order.add("other " + event.getPayload());
        }
    }

    private void handleInOneBatch(List<EventMessage<?>> events, Consumer<EventMessage<?>> handler) throws Exception {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(events);
        batch.executeWithResult(() -> interceptor.handle(batch, () -> {
            handler.accept(batch.getMessage());
            return null;
        }));
    }

    private static EventMessage<?> measurement(String lot) {
        return GenericEventMessage.asEventMessage(new MeasurementRecorded(lot, "P-1", "M-" + lot, "S1", 20.0, "Lab A", "HG-200",
                MeasurementMethod.CLOSED_CIRCUIT_IEC_60404_5, List.of(new PropertyValue(Characteristic.BR, 1.31)),
                Instant.parse("2026-03-01T08:00:00Z")));
    }

    private static EventMessage<?> other(String what) {
        return GenericEventMessage.asEventMessage(what);
    }

    private static SpecTable.Design design(String id, String spec) {
        return new SpecTable.Design(id, id, 1, new MotorRequirements(spec, null, null, null, 0.1, null, null, 150.0, null, null, 0.95));
    }
}
