package org.specloop.contracts.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.specloop.contracts.lot.DeclaredChain;

import java.time.Instant;
import java.util.List;

/**
 * A magnet lot arrives, on topic specloop.lots.receipts (key: lotId) or POSTed as NDJSON.
 * Mirrors ReceiveMagnetLot; composition is optional because not every supplier certificate of
 * analysis gives it, and the command does not carry it yet.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LotReceiptMessage(String messageId, String lotId, String supplierId, String partNumber, String grade,
                                long quantity, DeclaredChain declaredChain, List<String> certificateReferences,
                                List<CompositionValue> composition, Instant receivedAt) {

    public LotReceiptMessage {
        certificateReferences = certificateReferences == null ? List.of() : List.copyOf(certificateReferences);
        composition = composition == null ? null : List.copyOf(composition);
    }
}
