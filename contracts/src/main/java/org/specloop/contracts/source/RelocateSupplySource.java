package org.specloop.contracts.source;

/** Records that a source now produces in another country. */
public record RelocateSupplySource(String sourceId, String country, String reason) {
}
