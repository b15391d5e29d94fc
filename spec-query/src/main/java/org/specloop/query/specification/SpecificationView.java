package org.specloop.query.specification;

import java.util.List;

/** A specification with its revision history, oldest first. */
public record SpecificationView(SpecificationSummary specification, List<RevisionView> revisions) {
}
