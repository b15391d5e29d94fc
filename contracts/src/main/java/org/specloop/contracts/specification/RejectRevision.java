package org.specloop.contracts.specification;

/** Rejects a proposed revision with a reason. */
public record RejectRevision(String specificationId, int revision, String rejector, String reason) {
}
