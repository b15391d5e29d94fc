package org.specloop.query.genealogy;

import org.specloop.query.registry.CertificateView;

import java.util.List;

/**
 * One tier of a lot's declared chain with what the registry knows of its source today: name, the
 * country it is registered in (a relocated source differs from the declared one), disqualification,
 * certificates judged as of today, and its qualification for the lot's part's specifications at that tier.
 * A tier the supplier did not declare has no source ({@code sourceId} null).
 */
public record GenealogyLink(String tier, String sourceId, String declaredCountry, String custodyModel, boolean registered,
                            String name, String registeredCountry, boolean disqualified, String disqualifiedReason,
                            List<CertificateView> certificates, List<Qualification> qualifications) {

    /** Qualification of the source for one specification of the lot's part, at this tier. */
    public record Qualification(String specificationId, String status, String basis) {
    }

    public boolean declared() {
        return sourceId != null;
    }

    public boolean magnetMaker() {
        return "MAGNET_MAKER".equals(tier);
    }

    /** Registered elsewhere than the receipt declared (the source moved, or the declaration is wrong). */
    public boolean countryDiffers() {
        return registered && registeredCountry != null && declaredCountry != null && !registeredCountry.equals(declaredCountry);
    }
}
