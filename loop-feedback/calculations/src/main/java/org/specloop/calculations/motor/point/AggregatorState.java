package org.specloop.calculations.motor.point;

/**
 * Everything an {@link OperatingPointAggregator} holds, as plain numbers, so that a partial
 * aggregate can be stored (e.g. as JSON next to the consumed offsets) and restored after a
 * restart with exactly the sums it had: each compensated sum keeps its compensation term.
 * Not-yet-measured extremes are NaN or infinite, as inside the aggregator.
 */
public record AggregatorState(long count, double startTimeS, double endTimeS,
                              double[] speed, double[] torque, double[] outputPower,
                              long powerCount, double[] inputPower, double[] pairedOutputPower,
                              long vibrationCount, double[] vibrationSquares,
                              double maxWindingC, double coolantC, double coolantTimeS,
                              long magnetCount, double[] magnet,
                              long emfCount, double[] emf, double[] emfSpeed) {
}
