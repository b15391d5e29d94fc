package org.specloop.contracts.source;

import org.specloop.contracts.common.EventVersion;

/** A site moved country: downstream this is a source change. */
@EventVersion("1")
public record SupplySourceRelocated(String sourceId, String previousCountry, String country, String reason) {
}
