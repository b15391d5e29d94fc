package org.specloop.contracts.lot;

import org.specloop.contracts.common.EventVersion;

/** One reason for holding the lot no longer applies. */
@EventVersion("1")
public record LotHoldLifted(String lotId, HoldCategory category, String reason, String actor) {
}
