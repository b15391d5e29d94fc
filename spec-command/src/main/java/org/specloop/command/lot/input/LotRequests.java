package org.specloop.command.lot.input;

import org.specloop.contracts.common.ListLimits;
import org.specloop.contracts.common.TextLimits;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.specloop.command.kernel.FieldErrors;
import org.specloop.command.kernel.CountryCodes;
import org.specloop.command.kernel.ClientIds;
import org.specloop.command.kernel.PastInstants;
import org.specloop.contracts.lot.ChainLink;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.lot.ReceiveMagnetLot;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.Tier;

/** Maps a lot receipt request to its command, collecting every bad field with its JSON path. */
public final class LotRequests {

    private LotRequests() {
    }

    public static ReceiveMagnetLot receive(ReceiveLotRequest request, PastInstants past) {
        FieldErrors errors = new FieldErrors();
        ClientIds.check(errors, "lotId", request.lotId());
        errors.require("supplierId", request.supplierId(), TextLimits.ID);
        errors.require("partNumber", request.partNumber(), TextLimits.PART_NUMBER);
        errors.require("grade", request.grade(), TextLimits.GRADE);
        long quantity = quantity(errors, request.quantity());
        DeclaredChain chain = chain(errors, request.declaredChain());
        List<String> certificates = request.certificateReferences() == null ? List.of() : request.certificateReferences();
        boolean fewEnough = errors.atMostItems("certificateReferences", certificates, ListLimits.CERTIFICATE_REFERENCES);
        for (int i = 0; fewEnough && i < certificates.size(); i++) {
            errors.require("certificateReferences[" + i + "]", certificates.get(i), TextLimits.LABEL);
        }
        past.require(errors, "receivedAt", request.receivedAt());
        errors.throwIfAny();
        String lotId = request.lotId() == null || request.lotId().isBlank() ? UUID.randomUUID().toString() : request.lotId();
        return new ReceiveMagnetLot(lotId, request.supplierId(), request.partNumber(), request.grade(), quantity, chain,
                certificates, request.receivedAt());
    }

    /** A count of magnets: a fraction is refused rather than silently truncated. */
    private static long quantity(FieldErrors errors, BigDecimal quantity) {
        if (errors.require("quantity", quantity) == null) {
            return 0;
        }
        boolean whole = quantity.stripTrailingZeros().scale() <= 0;
        errors.check(whole && quantity.signum() > 0 && quantity.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0,
                "quantity", "must be a positive whole number of pieces");
        return whole ? quantity.longValue() : 0;
    }

    private static DeclaredChain chain(FieldErrors errors, ReceiveLotRequest.Chain chain) {
        if (chain == null) {
            return new DeclaredChain(List.of(), null);
        }
        CustodyModel custody = errors.enumValue("declaredChain.custodyModel", CustodyModel.class, chain.custodyModel());
        List<ChainLink> links = new ArrayList<>();
        List<ReceiveLotRequest.Link> given = chain.links() == null ? List.of() : chain.links();
        boolean fewEnough = errors.atMostItems("declaredChain.links", given, ListLimits.CHAIN_LINKS);
        for (int i = 0; fewEnough && i < given.size(); i++) {
            String path = "declaredChain.links[" + i + "]";
            ReceiveLotRequest.Link link = given.get(i);
            if (errors.require(path, link) == null) {
                continue;
            }
            Tier tier = errors.enumValue(path + ".tier", Tier.class, link.tier());
            errors.require(path + ".sourceId", link.sourceId(), TextLimits.ID);
            errors.check(CountryCodes.isIsoAlpha2(link.country()), path + ".country", CountryCodes.problem(link.country()));
            errors.check(tier == null || links.stream().noneMatch(l -> l.tier() == tier), path + ".tier",
                    "tier " + tier + " is declared twice");
            // optional per link (the chain's model is the default), but a model given must be a known one
            CustodyModel linkCustody = link.custodyModel() == null ? null
                    : errors.enumValue(path + ".custodyModel", CustodyModel.class, link.custodyModel());
            links.add(new ChainLink(tier, link.sourceId(), link.country(), linkCustody));
        }
        return new DeclaredChain(links, custody);
    }
}
