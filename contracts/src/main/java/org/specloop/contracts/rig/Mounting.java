package org.specloop.contracts.rig;

/** IEC 60034-14 mounting on the rig; rigid mounting has tighter vibration limits. */
public enum Mounting {
    FREE,
    RIGID
}
