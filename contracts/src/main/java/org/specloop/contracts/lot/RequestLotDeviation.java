package org.specloop.contracts.lot;

/** A quality engineer asks for a material review decision on a lot that does not conform. */
public record RequestLotDeviation(String lotId, String deviationId, DeviationDisposition disposition, String reason,
                                  String requester) {
}
