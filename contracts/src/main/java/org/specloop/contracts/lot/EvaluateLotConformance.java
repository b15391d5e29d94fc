package org.specloop.contracts.lot;

import java.util.List;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.units.Characteristic;

/** Evaluates the lot against a spec revision, characteristic by characteristic. */
public record EvaluateLotConformance(String lotId, String specificationId, int revision, List<CharacteristicLimit> characteristics, String trigger) {
}
