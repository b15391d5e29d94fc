package org.specloop.contracts.lot;

import java.time.Instant;
import org.specloop.contracts.common.EventVersion;

/** deviationId names the signed deviation that released a lot that did not conform; null otherwise and in older events. */
@EventVersion("1")
public record LotReleased(String lotId, String reason, String actor, Instant releasedAt, String deviationId) {
    public LotReleased(String lotId, String reason, String actor, Instant releasedAt) {
        this(lotId, reason, actor, releasedAt, null);
    }
}
