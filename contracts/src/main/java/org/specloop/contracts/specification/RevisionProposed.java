package org.specloop.contracts.specification;

import java.time.Instant;
import org.specloop.contracts.common.EventVersion;

@EventVersion("1")
public record RevisionProposed(String specificationId, int revision, String proposer, Instant proposedAt) {
}
