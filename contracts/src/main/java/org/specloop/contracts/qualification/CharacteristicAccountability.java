package org.specloop.contracts.qualification;

import org.specloop.contracts.units.Characteristic;

import java.util.List;

/**
 * One line of AS9102 Form 3 (characteristic accountability): the revision's requirement and the
 * results measured on the first articles.
 *
 * @param number             char. no., the limit's position in the revision (1-based)
 * @param referenceLocation  where the requirement is stated: spec, revision, characteristic index
 * @param designator         AS9102 characteristic designator (key, critical); null: the spec classifies none
 * @param requirement        the requirement in words, e.g. "Br 1.28 .. 1.32 T at 20 degC (IEC 60404-8-1)"
 * @param results            every sample's latest value at the requirement's temperature
 * @param tooling            the designed/qualified tooling: the instruments and methods the results came from
 * @param nonconformance     the nonconformance number of a rejected line, null otherwise
 */
public record CharacteristicAccountability(int number, String referenceLocation, String designator,
                                           Characteristic characteristic, double testTemperatureC, Double min, Double max,
                                           String unit, String requirement, List<SampleResult> results, String tooling,
                                           String nonconformance, CharacteristicVerdict verdict) {

    public CharacteristicAccountability {
        results = results == null ? List.of() : List.copyOf(results);
    }
}
