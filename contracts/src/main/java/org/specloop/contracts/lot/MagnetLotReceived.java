package org.specloop.contracts.lot;

import java.time.Instant;
import java.util.List;
import org.specloop.contracts.common.EventVersion;

@EventVersion("1")
public record MagnetLotReceived(String lotId, String supplierId, String partNumber, String grade, long quantity, DeclaredChain declaredChain, List<String> certificateReferences, Instant receivedAt) {
}
