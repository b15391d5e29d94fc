package org.specloop.contracts.specification;

import java.time.Instant;
import org.specloop.contracts.common.EventVersion;

/** The draft's number is not reused: the next draft counts on from the highest number. */
@EventVersion("1")
public record RevisionDiscarded(String specificationId, int revision, String discardedBy, String reason, Instant discardedAt) {
}
