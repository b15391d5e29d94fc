package org.specloop.contracts.lot;

import java.time.Instant;
import org.specloop.contracts.common.EventVersion;

/** deviationId names the signed deviation (scrap or return to supplier) that rejected the lot; null otherwise and in older events. */
@EventVersion("1")
public record LotRejected(String lotId, String reason, String actor, Instant rejectedAt, String deviationId) {
    public LotRejected(String lotId, String reason, String actor, Instant rejectedAt) {
        this(lotId, reason, actor, rejectedAt, null);
    }
}
