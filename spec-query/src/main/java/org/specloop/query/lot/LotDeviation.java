package org.specloop.query.lot;

import java.time.Instant;

/**
 * A deviation asked for a lot (material review): the disposition asked, why, and what the lot's last
 * verdict was then (null when never evaluated); once decided, who signed or refused it, why and when.
 * status is OPEN, APPROVED or REJECTED.
 */
public record LotDeviation(String deviationId, String disposition, String status, String reason, String requestedBy,
                           Instant requestedAt, String verdictAtRequest, String specificationId, Integer revision,
                           String decidedBy, String decisionReason, String signatureMeaning, Instant decidedAt) {
}
