package org.specloop.command.specification.http;

import org.specloop.command.kernel.QuantityInput;
import java.util.List;

/** POST /api/specifications; specificationId is optional and wins over the generated one. */
record CreateSpecificationRequest(String specificationId, String partNumber, String grade, String title,
                                         List<RevisionContentInput.Limit> characteristics,
                                         List<RevisionContentInput.Composition> composition,
                                         RevisionContentInput.Sourcing sourcingRules,
                                         QuantityInput maxWorkingTemperature) {

    RevisionContentInput content() {
        return new RevisionContentInput(characteristics, composition, sourcingRules, maxWorkingTemperature);
    }
}
