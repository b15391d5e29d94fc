package org.specloop.notify.grant;

import java.util.Set;

/**
 * The part numbers and specification ids one OEM account may follow. A piece of news is covered when
 * its part or its specification is granted; news whose part and specification are both unknown is
 * covered by no grant, so it goes to nobody rather than to everybody.
 */
public record OemGrants(String oem, Set<String> partNumbers, Set<String> specificationIds) {

    public OemGrants {
        partNumbers = partNumbers == null ? Set.of() : Set.copyOf(partNumbers);
        specificationIds = specificationIds == null ? Set.of() : Set.copyOf(specificationIds);
    }

    public static OemGrants none(String oem) {
        return new OemGrants(oem, Set.of(), Set.of());
    }

    public boolean covers(String partNumber, String specificationId) {
        return (partNumber != null && partNumbers.contains(partNumber))
                || (specificationId != null && specificationIds.contains(specificationId));
    }

    public boolean isEmpty() {
        return partNumbers.isEmpty() && specificationIds.isEmpty();
    }
}
