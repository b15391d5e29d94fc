package org.specloop.query.lot;

import java.time.Instant;

/** A lot as listed. */
public record LotSummary(String lotId, String supplierId, String partNumber, String grade, Long quantity,
                         String custodyModel, Instant receivedAt, String disposition, String lastVerdict,
                         String evaluatedSpecificationId, Integer evaluatedRevision, int measurementsCount) {
}
