package org.specloop.command.lot.policy;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.specloop.contracts.lot.MeasurementRecorded;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether the processor batch being handled holds a later measurement of the same lot. Under load a batch
 * carries several lab requests of one lot; evaluating the lot on each of them cost an aggregate load and an
 * append per request, and only the last evaluation is the lot's verdict. The lot is evaluated on its last
 * measurement in the batch instead, while that measurement is handled: so a failing evaluation is still the
 * failure of an event of the lot's own part, and an event after it in the batch (a new revision) still comes
 * after the evaluation. Outside a processor batch every measurement is the last.
 */
final class LaterMeasurements {
    private static final String RESOURCE = LaterMeasurements.class.getName();

    private LaterMeasurements() {
    }

    static boolean follow(MeasurementRecorded event) {
        if (!CurrentUnitOfWork.isStarted() || !(CurrentUnitOfWork.get().root() instanceof BatchingUnitOfWork<?> batch)) {
            return false;
        }
        Map<String, EventMessage<?>> lastOfLot = batch.getOrComputeResource(RESOURCE, key -> lastMeasurementOfEachLot(batch));
        EventMessage<?> last = lastOfLot.get(event.lotId());
        return last != null && !last.getIdentifier().equals(CurrentUnitOfWork.get().getMessage().getIdentifier());
    }

    /** The payload type is read without deserializing; measurements are read anyway once their turn comes. */
    private static Map<String, EventMessage<?>> lastMeasurementOfEachLot(UnitOfWork<?> batch) {
        Map<String, EventMessage<?>> last = new HashMap<>();
        List<? extends EventMessage<?>> messages = ((BatchingUnitOfWork<?>) batch).getMessages().stream()
                .map(m -> (EventMessage<?>) m).toList();
        for (EventMessage<?> message : messages) {
            if (MeasurementRecorded.class.equals(message.getPayloadType())) {
                last.put(((MeasurementRecorded) message.getPayload()).lotId(), message);
            }
        }
        return last;
    }
}
