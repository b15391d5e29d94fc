package org.specloop.query.specification;

/** A specification as the workspace lists it: its summary and the revision still open, if one is (at most one is). */
public record SpecificationListing(SpecificationSummary spec, Integer openRevision, String openStatus) {
}
