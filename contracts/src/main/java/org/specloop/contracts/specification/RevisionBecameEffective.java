package org.specloop.contracts.specification;

import java.time.Instant;
import org.specloop.contracts.common.EventVersion;

/** The one effective revision of the spec changed; the superseded one is kept for history. */
@EventVersion("1")
public record RevisionBecameEffective(String specificationId, String partNumber, String grade, int revision, Instant effectiveFrom, Integer supersededRevision, RevisionContent content) {
}
