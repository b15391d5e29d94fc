package org.specloop.contracts.specification;

/** Makes an approved revision effective once its effective instant has come (sent by the scheduler). */
public record ActivateRevision(String specificationId, int revision) {
}
