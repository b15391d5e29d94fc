package org.specloop.contracts.specification;

/** Starts a new draft revision; going back to earlier content is also a new revision. */
public record DraftRevision(String specificationId, RevisionContent content, String reason, String author) {
}
