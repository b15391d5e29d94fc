package org.specloop.query.specification;

import java.time.Instant;

/** A specification as listed: what it is for and where its revisions stand. */
public record SpecificationSummary(String specificationId, String partNumber, String grade, String title,
                                   Integer effectiveRevision, String statusSummary, String createdBy, Instant createdAt) {
}
