package org.specloop.ingest.translate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.specloop.infrastructure.json.StrictScalars;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.stream.Collectors;
import org.specloop.command.kernel.FieldErrors;
import org.specloop.command.kernel.RequestValidationException;
import org.specloop.contracts.common.ListLimits;
import org.specloop.contracts.common.TextLimits;
import org.specloop.ingest.Refusal;
import org.specloop.command.lot.input.LotRequests;
import org.specloop.command.kernel.ClientIds;
import org.specloop.command.kernel.PastInstants;
import org.specloop.command.kernel.Required;
import org.specloop.command.lot.input.MeasurementRequest;
import org.specloop.command.lot.input.MeasurementRequests;
import org.specloop.command.lot.input.ReceiveLotRequest;
import org.specloop.contracts.ingest.LabMeasurementMessage;
import org.specloop.contracts.ingest.LotReceiptMessage;
import org.specloop.contracts.lot.ReceiveMagnetLot;
import org.specloop.contracts.lot.RecordMeasurement;

/**
 * Lot receipts and lab measurements from Kafka or NDJSON, mapped to their commands through the
 * same mapping the HTTP API uses (LotRequests, MeasurementRequests), so a unit is converted and a
 * value refused in exactly one place. A refusal carries every bad field with its JSON path.
 */
public final class LabMessages {

    /** Strict like the HTTP API's reader: a duplicated key, a second document or deep nesting is refused. */
    private static final ObjectMapper MAPPER = StrictScalars.apply(new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_TRAILING_TOKENS));

    private final PastInstants past;

    /** past: the future-instant check the HTTP API applies too (receivedAt, measuredAt). */
    public LabMessages(PastInstants past) {
        this.past = past;
    }

    public ReceiveMagnetLot lotReceipt(byte[] json) {
        LotReceiptMessage m = read(json, LotReceiptMessage.class);
        messageId(m.messageId());
        requireLotId(m.lotId());
        // the command does not carry the composition yet, but it is read: it is held to its limit all the same
        if (m.composition() != null && m.composition().size() > ListLimits.COMPOSITION) {
            throw new Refusal("composition " + FieldErrors.tooMany(m.composition(), ListLimits.COMPOSITION));
        }
        ReceiveLotRequest.Chain chain = m.declaredChain() == null ? null : new ReceiveLotRequest.Chain(
                m.declaredChain().links().stream().map(l -> l == null ? null : new ReceiveLotRequest.Link(
                        l.tier() == null ? null : l.tier().name(), l.sourceId(), l.country(),
                        l.custodyModel() == null ? null : l.custodyModel().name())).toList(),
                m.declaredChain().custodyModel() == null ? null : m.declaredChain().custodyModel().name());
        ReceiveLotRequest request = new ReceiveLotRequest(m.lotId(), m.supplierId(), m.partNumber(), m.grade(),
                BigDecimal.valueOf(m.quantity()), chain, m.certificateReferences(), m.receivedAt());
        return map(() -> LotRequests.receive(request, past));
    }

    public RecordMeasurement labMeasurement(byte[] json) {
        LabMeasurementMessage m = read(json, LabMeasurementMessage.class);
        messageId(m.messageId());
        requireLotId(m.lotId());
        if (Required.missing(m.measurementId())) {
            throw new Refusal("measurementId is required: it is what makes a resent measurement count once");
        }
        MeasurementRequest request = new MeasurementRequest(m.measurementId(), m.sampleId(),
                m.testTemperature() == null ? null
                        : new MeasurementRequest.Quantity(m.testTemperature().value(), m.testTemperature().unit()),
                m.lab(), m.instrument(), m.method() == null ? null : m.method().name(),
                m.values().stream().map(v -> v == null ? null
                        : new MeasurementRequest.Value(v.characteristic(), v.value(), v.unit())).toList(),
                m.measuredAt());
        return map(() -> MeasurementRequests.record(m.lotId(), request, past));
    }

    private static <T> T read(byte[] json, Class<T> type) {
        try {
            T message = MAPPER.readValue(json, type);
            if (message == null) {
                throw new Refusal("empty message");
            }
            return message;
        } catch (JsonMappingException e) {
            String field = field(e);
            throw new Refusal("not a " + type.getSimpleName() + ": " + (field.isEmpty() ? e.getOriginalMessage()
                    : field + " " + problem(e)));
        } catch (JsonProcessingException e) {
            throw new Refusal("not a " + type.getSimpleName() + ": " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new Refusal("unreadable: " + e.getMessage());
        }
    }

    /** The JSON path of the field Jackson stopped at, e.g. values[0].value; empty at the top level. */
    private static String field(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** What is wrong with the field, in the client's words rather than Jackson's configuration advice. */
    private static String problem(JsonMappingException e) {
        String message = e.getOriginalMessage();
        if (message.startsWith("Cannot map `null` into type")) {
            return "is required (a number)";
        }
        if (message.startsWith("Cannot coerce empty String")) {
            return "is empty";
        }
        return message;
    }

    /** Optional here (the lot or measurement id is what makes a resend count once), but held to the id limit. */
    private static void messageId(String messageId) {
        if (messageId != null && messageId.length() > TextLimits.ID) {
            throw new Refusal("messageId " + FieldErrors.tooLong(messageId, TextLimits.ID));
        }
    }

    private static void requireLotId(String lotId) {
        if (Required.missing(lotId)) {
            throw new Refusal("lotId is required");
        }
        if (!ClientIds.isSafe(lotId)) {
            throw new Refusal("lotId " + ClientIds.RULE);
        }
    }

    private static <T> T map(java.util.function.Supplier<T> mapping) {
        try {
            return mapping.get();
        } catch (RequestValidationException e) {
            throw new Refusal(e.errors().stream().map(f -> f.field() + " " + f.message())
                    .collect(Collectors.joining("; ")));
        }
    }
}
