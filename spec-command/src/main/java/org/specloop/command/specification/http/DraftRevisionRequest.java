package org.specloop.command.specification.http;

import org.specloop.command.kernel.QuantityInput;
import java.util.List;

/** POST /api/specifications/{id}/revisions: the full new content and why it changes. */
record DraftRevisionRequest(List<RevisionContentInput.Limit> characteristics,
                                   List<RevisionContentInput.Composition> composition,
                                   RevisionContentInput.Sourcing sourcingRules,
                                   QuantityInput maxWorkingTemperature, String reason) {

    RevisionContentInput content() {
        return new RevisionContentInput(characteristics, composition, sourcingRules, maxWorkingTemperature);
    }
}
