package org.specloop.command.change.http;

import java.util.List;

/** POST /api/engineering-changes; changeId is optional and wins over the generated one. */
record RaiseChangeRequest(String changeId, String trigger, String title, String description, String specificationId,
                                 List<Swap> sourceChanges, List<String> affectedLots) {

    record Swap(String tier, String previousSourceId, String newSourceId) {
    }
}
