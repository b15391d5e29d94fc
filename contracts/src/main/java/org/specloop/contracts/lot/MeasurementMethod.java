package org.specloop.contracts.lot;

/** How a sample was measured; open-circuit is required above about 2 MA/m HcJ where the yoke saturates. */
public enum MeasurementMethod {
    CLOSED_CIRCUIT_IEC_60404_5,
    OPEN_CIRCUIT_IEC_60404_18
}
