package org.specloop.contracts.specification;

import org.specloop.contracts.common.EventVersion;

/** The draft's content and reason as they now stand; the earlier ones stay in the event history. */
@EventVersion("1")
public record DraftRevisionEdited(String specificationId, int revision, RevisionContent content, String reason, String editor) {
}
