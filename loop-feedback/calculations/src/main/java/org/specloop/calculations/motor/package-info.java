/**
 * IEC 60034 motor-result calculations: efficiency and IE classes, temperature rise,
 * vibration severity, back-EMF constant and demagnetization loss, the streaming
 * aggregation of rig samples into one operating-point result, and requirement verdicts.
 *
 * <p>Every quantity is SI as stored by SpecLoop: W, N*m, rpm, degC, K, mm/s, V, A, %.
 * Only two edges name another unit and say so in their names: rated power in kW in the
 * efficiency-class CSV (the unit the standard prints), and percent values.
 *
 * <p>Plain Java with no framework, so the loop can run these on any thread or node.
 */
package org.specloop.calculations.motor;
