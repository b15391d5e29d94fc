package org.specloop.contracts.specification;

/** Submits a draft for approval. */
public record ProposeRevision(String specificationId, int revision, String proposer) {
}
