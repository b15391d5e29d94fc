package org.specloop.contracts.source;

import org.specloop.contracts.common.EventVersion;

/**
 * A quality engineer withdrew the source's qualification: its lots are held from now on, and every spec that
 * qualified it needs a replacement, an engineering change downstream. Who did it travels as message metadata.
 */
@EventVersion("1")
public record SupplySourceDisqualified(String sourceId, Tier tier, String country, String reason) {
}
