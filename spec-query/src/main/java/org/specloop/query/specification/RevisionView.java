package org.specloop.query.specification;

import org.specloop.contracts.specification.RevisionContent;

import java.time.Instant;

/**
 * One revision with its whole decision trail; content is null in revision lists to keep them short.
 * A discarded draft keeps its reason in decisionReason, beside discardedBy and discardedAt.
 */
public record RevisionView(String specificationId, int revision, String status, RevisionContent content,
                           String author, String draftReason, Instant draftedAt, String proposer, Instant proposedAt,
                           String approver, String rejector, String decisionReason, String signatureMeaning,
                           Instant approvedAt, Instant rejectedAt, Instant effectiveFrom, Instant effectiveUntil,
                           Integer supersedesRevision, String discardedBy, Instant discardedAt) {
}
