package org.specloop.contracts.rig;

/**
 * What an operating point is for. The demagnetization test is three points in a row: Ke measured
 * at no load, a hot overload, Ke measured again; loss % = 100 * (Ke before - Ke after) / Ke before.
 */
public enum OperatingPointKind {
    LOAD,
    NO_LOAD,
    HOT_OVERLOAD,
    KE_BEFORE_DEMAG,
    KE_AFTER_DEMAG
}
