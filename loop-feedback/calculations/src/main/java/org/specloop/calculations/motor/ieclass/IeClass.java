package org.specloop.calculations.motor.ieclass;

/**
 * International efficiency classes, lowest first, so that declaration order is the order
 * of merit. IE5 has limits only for variable-speed motors (IEC 60034-30-2); it is here so
 * that a user-loaded table can carry it.
 */
public enum IeClass {
    IE1, IE2, IE3, IE4, IE5;

    public boolean atLeast(IeClass other) {
        return compareTo(other) >= 0;
    }
}
