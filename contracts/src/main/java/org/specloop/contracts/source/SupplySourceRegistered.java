package org.specloop.contracts.source;

import java.util.List;
import org.specloop.contracts.common.EventVersion;

@EventVersion("1")
public record SupplySourceRegistered(String sourceId, String name, Tier tier, String country, List<String> suppliesTo, List<Certificate> certificates) {
}
