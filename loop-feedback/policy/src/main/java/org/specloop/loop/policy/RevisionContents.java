package org.specloop.loop.policy;

import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.units.Characteristic;

import java.util.ArrayList;
import java.util.List;

/** The effective content with exactly one limit changed, or added when the spec had none there. */
final class RevisionContents {
    static final String LOOP_REFERENCE = "derived by the loop from motor results";

    private RevisionContents() {
    }

    static RevisionContent withLimit(RevisionContent effective, TransferFunctionView derivation, double value) {
        Characteristic c = Characteristic.valueOf(derivation.characteristic());
        boolean min = "MIN".equals(derivation.limitSide());
        List<CharacteristicLimit> limits = new ArrayList<>();
        boolean replaced = false;
        for (CharacteristicLimit l : effective.characteristics()) {
            if (!replaced && l.characteristic() == c && Math.abs(l.testTemperatureC() - derivation.limitTemperatureC()) < 0.5) {
                limits.add(new CharacteristicLimit(c, min ? Double.valueOf(value) : l.min(), min ? l.max() : Double.valueOf(value),
                        l.target(), l.testTemperatureC(), l.standardReference()));
                replaced = true;
            } else {
                limits.add(l);
            }
        }
        if (!replaced) {
            limits.add(new CharacteristicLimit(c, min ? value : null, min ? null : value, null, derivation.limitTemperatureC(),
                    LOOP_REFERENCE));
        }
        return new RevisionContent(limits, effective.composition(), effective.sourcingRules(), effective.maxWorkingTemperatureC());
    }
}
