package org.specloop.contracts.specification;

import java.time.Instant;
import org.specloop.contracts.common.EventVersion;

@EventVersion("1")
public record RevisionRejected(String specificationId, int revision, String rejector, String reason, Instant rejectedAt) {
}
