package org.specloop.contracts.change;

import java.time.Instant;
import org.specloop.contracts.common.EventVersion;

/** Every plan item has its required evidence. */
@EventVersion("1")
public record ChangeEvidenceCompleted(String changeId, Instant completedAt) {
}
