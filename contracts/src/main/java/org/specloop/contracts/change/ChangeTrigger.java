package org.specloop.contracts.change;

/** What raised an engineering change. */
public enum ChangeTrigger {
    SOURCE_CHANGE,
    SPEC_REVISION,
    DRIFT,
    MANUAL
}
