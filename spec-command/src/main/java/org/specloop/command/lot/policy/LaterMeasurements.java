package org.specloop.command.lot.policy;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.specloop.contracts.lot.MeasurementRecorded;

import java.util.HashMap;
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
        Map<String, String> lastOfLot = batch.getOrComputeResource(RESOURCE, key -> lastMeasurementOfEachLot(batch));
        String last = lastOfLot.get(event.lotId());
        return last != null && !last.equals(CurrentUnitOfWork.get().getMessage().getIdentifier());
    }

    /**
     * The message id of each lot's last measurement in the batch. The payload type is read without deserializing;
     * measurements are read anyway once their turn comes.
     */
    private static Map<String, String> lastMeasurementOfEachLot(BatchingUnitOfWork<?> batch) {
        Map<String, String> last = new HashMap<>();
        for (Message<?> message : batch.getMessages()) {
            if (MeasurementRecorded.class.equals(message.getPayloadType())) {
                last.put(((MeasurementRecorded) message.getPayload()).lotId(), message.getIdentifier());
            }
        }
        return last;
    }
}
