package org.specloop.contracts.lot;

import java.time.Instant;
import org.specloop.contracts.common.EventVersion;

/**
 * deviationId names the signed deviation that released a lot that did not conform; null otherwise and in older events.
 * publicReason is the text for OEMs when a person gave one (see {@link LotHeld}); reason stays internal.
 */
@EventVersion("1")
public record LotReleased(String lotId, String reason, String actor, Instant releasedAt, String deviationId,
                          String publicReason) {
    public LotReleased(String lotId, String reason, String actor, Instant releasedAt) {
        this(lotId, reason, actor, releasedAt, null, null);
    }

    public LotReleased(String lotId, String reason, String actor, Instant releasedAt, String deviationId) {
        this(lotId, reason, actor, releasedAt, deviationId, null);
    }
}
