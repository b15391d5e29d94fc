package org.specloop.contracts.lot;

/** An approver refuses a requested deviation (or its requester withdraws it); the lot stays as it is. */
public record RejectLotDeviation(String lotId, String deviationId, String rejector, String reason) {
}
