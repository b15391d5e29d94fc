package org.specloop.contracts.specification;

/**
 * Replaces the whole content (and the reason) of a revision that is still a draft; once proposed,
 * the content is what the approver reads and no longer changes.
 */
public record EditDraftRevision(String specificationId, int revision, RevisionContent content, String reason, String editor) {
}
