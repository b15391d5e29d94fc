package org.specloop.command.axon.upcasting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.specloop.contracts.lot.MeasurementMethod;
import org.specloop.contracts.lot.MeasurementRecorded;

/**
 * Revision 1 of MeasurementRecorded named the test temperature "temperatureC" and had no
 * measurement method, because the first labs only used the closed-circuit hysteresisgraph.
 * Revision 2 renamed the field and records the method; old events read as closed-circuit.
 */
public class MeasurementRecordedV1Upcaster extends SingleEventUpcaster {
    private static final SimpleSerializedType V1 = new SimpleSerializedType(MeasurementRecorded.class.getName(), "1");
    private static final String V2 = "2";

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return V1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(
                new SimpleSerializedType(MeasurementRecorded.class.getName(), V2),
                JsonNode.class,
                MeasurementRecordedV1Upcaster::toRevision2);
    }

    static JsonNode toRevision2(JsonNode v1) {
        ObjectNode payload = ((ObjectNode) v1).deepCopy();
        JsonNode temperature = payload.remove("temperatureC");
        if (temperature != null && !payload.has("testTemperatureC")) {
            payload.set("testTemperatureC", temperature);
        }
        if (!payload.hasNonNull("method")) {
            payload.put("method", MeasurementMethod.CLOSED_CIRCUIT_IEC_60404_5.name());
        }
        return payload;
    }
}
