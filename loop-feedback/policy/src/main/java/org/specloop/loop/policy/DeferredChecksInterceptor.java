package org.specloop.loop.policy;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.specloop.contracts.lot.MeasurementRecorded;
import org.specloop.contracts.motor.MotorPerformanceRecorded;

/**
 * Runs the loop's deferred checks before it handles an event that is not a measurement or a motor result (a lot
 * received after a drifting one must find the drift change raised) and after the last event of each
 * batch, while the batch's transaction is still open.
 */
final class DeferredChecksInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {
    private final DeferredChecks checks;

    DeferredChecksInterceptor(DeferredChecks checks) {
        this.checks = checks;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        Class<?> type = unitOfWork.getMessage().getPayloadType();
        if (!MeasurementRecorded.class.equals(type) && !MotorPerformanceRecorded.class.equals(type)) {
            checks.runPending();
        }
        Object result = chain.proceed();
        if (!(unitOfWork instanceof BatchingUnitOfWork<?> batch) || batch.isLastMessage()) {
            checks.runPending();
        }
        return result;
    }
}
