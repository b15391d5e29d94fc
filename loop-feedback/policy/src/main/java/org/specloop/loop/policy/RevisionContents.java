package org.specloop.loop.policy;

import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.units.Characteristic;

import java.util.ArrayList;
import java.util.List;

/** The effective content with one limit changed, or added when the spec had no line for it. */
final class RevisionContents {
    static final String LOOP_REFERENCE = "derived by the loop from motor results";

    private RevisionContents() {
    }

    /** @param limitKey as TransferFunctions.limitKey writes it: "HCJ@20degC:MIN" */
    static RevisionContent withLimit(RevisionContent effective, String limitKey, double value) {
        int at = limitKey.indexOf('@');
        int colon = limitKey.lastIndexOf(':');
        Characteristic c = Characteristic.valueOf(limitKey.substring(0, at));
        double temperatureC = Double.parseDouble(limitKey.substring(at + 1, limitKey.indexOf("degC", at)));
        boolean min = "MIN".equals(limitKey.substring(colon + 1));
        List<CharacteristicLimit> limits = new ArrayList<>();
        boolean replaced = false;
        for (CharacteristicLimit l : effective.characteristics()) {
            if (!replaced && l.characteristic() == c && Math.abs(l.testTemperatureC() - temperatureC) < 0.5) {
                limits.add(new CharacteristicLimit(c, min ? Double.valueOf(value) : l.min(), min ? l.max() : Double.valueOf(value),
                        l.target(), l.testTemperatureC(), l.standardReference()));
                replaced = true;
            } else {
                limits.add(l);
            }
        }
        if (!replaced) {
            limits.add(new CharacteristicLimit(c, min ? value : null, min ? null : value, null, temperatureC,
                    LOOP_REFERENCE));
        }
        return new RevisionContent(limits, effective.composition(), effective.sourcingRules(), effective.maxWorkingTemperatureC());
    }
}
