package org.specloop.contracts.change;

/**
 * What a DRIFT change rests on, as fields rather than prose: the source and characteristic, the
 * rule that fired, the lot where the shift most likely began (firstLot) and the lot that completed
 * the signal, its lot mean and the rule's statistic (in sigma), and the Phase I limits the lot was
 * judged by (center, lower, upper, lot-to-lot sigma, from how many lots, whether Phase I was complete).
 * Values are in the characteristic's canonical unit (unit). Null on changes that are no drift.
 */
public record DriftEvidence(String sourceId, String partNumber, String characteristic, String unit, String cause,
                            String rule, String firstLot, String signalLot, double signalLotMean, double statistic,
                            double phaseOneCenter, double phaseOneLower, double phaseOneUpper, double sigma,
                            int phaseOneLots, boolean phaseOneComplete) {
}
