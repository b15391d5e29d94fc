package org.specloop.contracts.specification;

/**
 * Drops a draft that will not be proposed, so that another can be drafted. A proposal is withdrawn
 * by rejecting it instead: it has been put before an approver, and that decision belongs on record.
 */
public record DiscardRevision(String specificationId, int revision, String discardedBy, String reason) {
}
