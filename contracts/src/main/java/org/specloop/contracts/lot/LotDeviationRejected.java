package org.specloop.contracts.lot;

import java.time.Instant;
import org.specloop.contracts.common.EventVersion;

/** A deviation refused or withdrawn: the lot stays as it was. */
@EventVersion("1")
public record LotDeviationRejected(String lotId, String deviationId, String rejectedBy, String reason,
                                   Instant rejectedAt) {
}
