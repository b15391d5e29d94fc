package org.specloop.contracts.lot;

import java.time.Instant;
import org.specloop.contracts.common.EventVersion;

@EventVersion("1")
public record LotReleased(String lotId, String reason, String actor, Instant releasedAt) {
}
