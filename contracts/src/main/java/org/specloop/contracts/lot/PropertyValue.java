package org.specloop.contracts.lot;

import org.specloop.contracts.units.Characteristic;

/** A measured property value in the characteristic's canonical unit. */
public record PropertyValue(Characteristic characteristic, double value) {
}
