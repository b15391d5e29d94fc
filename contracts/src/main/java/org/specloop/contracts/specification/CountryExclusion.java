package org.specloop.contracts.specification;

import java.time.LocalDate;
import org.specloop.contracts.source.Tier;

/** No material of this tier may come from this country from the effective date on (e.g. DFARS 252.225-7052). */
public record CountryExclusion(Tier tier, String country, LocalDate effectiveFrom, String ruleReference) {
}
