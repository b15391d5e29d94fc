package org.specloop.contracts.change;

import java.time.Instant;
import org.specloop.contracts.common.EventVersion;

@EventVersion("1")
public record EngineeringChangeRejected(String changeId, String rejector, String reason, Instant rejectedAt) {
}
