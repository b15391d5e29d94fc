package org.specloop.contracts.lot;

import java.time.Instant;
import org.specloop.contracts.common.EventVersion;

/**
 * deviationId names the signed deviation (scrap or return to supplier) that rejected the lot; null otherwise and in older events.
 * publicReason is the text for OEMs when a person gave one (see {@link LotHeld}); reason stays internal.
 */
@EventVersion("1")
public record LotRejected(String lotId, String reason, String actor, Instant rejectedAt, String deviationId,
                          String publicReason) {
    public LotRejected(String lotId, String reason, String actor, Instant rejectedAt) {
        this(lotId, reason, actor, rejectedAt, null, null);
    }

    public LotRejected(String lotId, String reason, String actor, Instant rejectedAt, String deviationId) {
        this(lotId, reason, actor, rejectedAt, deviationId, null);
    }
}
