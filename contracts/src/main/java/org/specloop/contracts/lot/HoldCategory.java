package org.specloop.contracts.lot;

/** Why a lot is held; a lot is released only when no category holds it any more. */
public enum HoldCategory {
    NONCONFORMANCE,
    SOURCE_CHANGE,
    SOURCING_RULE,
    MANUAL
}
