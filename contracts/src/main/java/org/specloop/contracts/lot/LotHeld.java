package org.specloop.contracts.lot;

import java.time.Instant;
import org.specloop.contracts.common.EventVersion;

@EventVersion("1")
public record LotHeld(String lotId, HoldCategory category, String reason, String actor, Instant heldAt) {
}
