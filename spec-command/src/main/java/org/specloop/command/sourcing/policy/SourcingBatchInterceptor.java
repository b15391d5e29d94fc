package org.specloop.command.sourcing.policy;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.specloop.contracts.lot.MeasurementRecorded;

/**
 * Lets the evidence policy batch only across runs of measurements: before the sourcing group handles any other
 * event, the measurement facts held back so far are written and the collecting lots forgotten
 * ({@link EvidenceTables#settle()}), so that every other handler reads the tables exactly as it did when each
 * measurement wrote its row at once.
 */
final class SourcingBatchInterceptor implements MessageHandlerInterceptor<EventMessage<?>> {
    private final EvidenceTables evidence;

    SourcingBatchInterceptor(EvidenceTables evidence) {
        this.evidence = evidence;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (!MeasurementRecorded.class.equals(unitOfWork.getMessage().getPayloadType())) {
            evidence.settle();
        }
        return chain.proceed();
    }
}
