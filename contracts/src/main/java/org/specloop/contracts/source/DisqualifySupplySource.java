package org.specloop.contracts.source;

/** Withdraws a source's qualification for every spec: it qualifies no lot from now on. The reason is required. */
public record DisqualifySupplySource(String sourceId, String reason) {
}
