package org.specloop.command.specification.http;

import org.specloop.command.kernel.QuantityInput;
import java.time.LocalDate;
import java.util.List;

/** The content fields shared by the create and the new-revision request bodies. */
record RevisionContentInput(List<Limit> characteristics, List<Composition> composition, Sourcing sourcingRules,
                                   QuantityInput maxWorkingTemperature) {

    record Limit(String characteristic, QuantityInput min, QuantityInput max, QuantityInput target,
                        QuantityInput testTemperature, String standard) {
    }

    /** Weight percent. */
    record Composition(String element, Double min, Double max) {
    }

    /** requiredCertificates and requalification may be absent: a body written before they existed still means the same. */
    record Sourcing(List<Qualified> qualifiedSources, List<Exclusion> countryExclusions, String minimumCustodyModel,
                    List<RequiredCertificate> requiredCertificates, Requalification requalification) {
    }

    /** What a source change must produce: a first article record (absent: required) and a PPAP level 1-5 (absent: none). */
    record Requalification(Boolean firstArticleRequired, Integer ppapSubmissionLevel) {
    }

    /** A certificate kind ("IATF 16949", alternatives with "|") every source at the tier must hold. */
    record RequiredCertificate(String tier, String kind, String rule) {
    }

    record Qualified(String tier, String sourceId) {
    }

    record Exclusion(String tier, String country, LocalDate effectiveFrom, String rule) {
    }
}
