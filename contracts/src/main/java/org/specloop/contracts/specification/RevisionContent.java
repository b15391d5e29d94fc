package org.specloop.contracts.specification;

import java.util.List;

/** Everything a revision specifies; revisions differ only in content, so diffs compare two of these. */
public record RevisionContent(List<CharacteristicLimit> characteristics, List<CompositionRange> composition,
                              SourcingRules sourcingRules, Double maxWorkingTemperatureC) {

    public RevisionContent {
        characteristics = characteristics == null ? List.of() : List.copyOf(characteristics);
        composition = composition == null ? List.of() : List.copyOf(composition);
        sourcingRules = sourcingRules == null ? SourcingRules.none() : sourcingRules;
    }
}
