package org.specloop.contracts.change;

import java.time.Instant;
import org.specloop.contracts.common.EventVersion;

@EventVersion("1")
public record EngineeringChangeClosed(String changeId, String closedBy, String note, Instant closedAt) {
}
