package org.specloop.contracts.lot;

import java.util.List;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.units.Characteristic;

/** A characteristic checked against its limit: per-sample values, min, max, mean, verdict. */
public record CharacteristicResult(CharacteristicLimit limit, List<SampleValue> samples, Double observedMin, Double observedMax, Double mean, Verdict verdict) {
}
