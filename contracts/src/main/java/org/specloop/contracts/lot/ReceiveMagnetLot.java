package org.specloop.contracts.lot;

import java.time.Instant;
import java.util.List;

/** A lot arrives with its declared chain and certificates. */
public record ReceiveMagnetLot(String lotId, String supplierId, String partNumber, String grade, long quantity, DeclaredChain declaredChain, List<String> certificateReferences, Instant receivedAt) {
}
