package org.specloop.contracts.source;

import java.util.List;

/** Registers a node of the chain: its discipline (tier), country (ISO 3166 alpha-2) and whom it supplies. */
public record RegisterSupplySource(String sourceId, String name, Tier tier, String country, List<String> suppliesTo, List<Certificate> certificates) {
}
