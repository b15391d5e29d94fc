package org.specloop.command.registry.http;

import org.specloop.contracts.common.ListLimits;
import org.specloop.contracts.common.TextLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.specloop.command.kernel.ClientIds;
import org.specloop.command.kernel.FieldErrors;
import org.specloop.command.registry.CertificateDates;
import org.specloop.command.kernel.CountryCodes;
import org.specloop.contracts.source.AddCertificate;
import org.specloop.contracts.source.Certificate;
import org.specloop.contracts.source.DisqualifySupplySource;
import org.specloop.contracts.source.RegisterSupplySource;
import org.specloop.contracts.source.RelocateSupplySource;
import org.specloop.contracts.source.Tier;

/** Maps source requests to commands, collecting every bad field with its JSON path. */
final class SourceRequests {

    private SourceRequests() {
    }

    static RegisterSupplySource register(RegisterSourceRequest request) {
        FieldErrors errors = new FieldErrors();
        errors.require("name", request.name(), TextLimits.NAME);
        if (request.sourceId() != null && !request.sourceId().isBlank()) {
            // a blank id asks for a generated one; a given id names the source in paths like every client id
            ClientIds.check(errors, "sourceId", request.sourceId());
        }
        Tier tier = errors.enumValue("tier", Tier.class, request.tier());
        country(errors, "country", request.country());
        List<String> suppliesTo = request.suppliesTo() == null ? List.of() : request.suppliesTo();
        boolean fewEnough = errors.atMostItems("suppliesTo", suppliesTo, ListLimits.SUPPLIES_TO);
        for (int i = 0; fewEnough && i < suppliesTo.size(); i++) {
            errors.require("suppliesTo[" + i + "]", suppliesTo.get(i), TextLimits.ID);
        }
        List<Certificate> certificates = new ArrayList<>();
        List<CertificateRequest> given = request.certificates() == null ? List.of() : request.certificates();
        boolean fewCertificates = errors.atMostItems("certificates", given, ListLimits.SOURCE_CERTIFICATES);
        for (int i = 0; fewCertificates && i < given.size(); i++) {
            if (errors.require("certificates[" + i + "]", given.get(i)) != null) {
                certificates.add(certificate(errors, "certificates[" + i + "].", given.get(i)));
            }
        }
        errors.throwIfAny();
        String sourceId = request.sourceId() == null || request.sourceId().isBlank()
                ? UUID.randomUUID().toString() : request.sourceId();
        return new RegisterSupplySource(sourceId, request.name(), tier, request.country(), suppliesTo, certificates);
    }

    static AddCertificate addCertificate(String sourceId, CertificateRequest request) {
        FieldErrors errors = new FieldErrors();
        Certificate certificate = certificate(errors, "", request);
        errors.throwIfAny();
        return new AddCertificate(sourceId, certificate);
    }

    static RelocateSupplySource relocate(String sourceId, RelocationRequest request) {
        FieldErrors errors = new FieldErrors();
        country(errors, "country", request.country());
        errors.require("reason", request.reason(), TextLimits.REASON);
        errors.throwIfAny();
        return new RelocateSupplySource(sourceId, request.country(), request.reason());
    }

    static DisqualifySupplySource disqualify(String sourceId, DisqualificationRequest request) {
        FieldErrors errors = new FieldErrors();
        errors.require("reason", request == null ? null : request.reason(), TextLimits.REASON);
        errors.throwIfAny();
        return new DisqualifySupplySource(sourceId, request.reason());
    }

    private static Certificate certificate(FieldErrors errors, String prefix, CertificateRequest request) {
        errors.require(prefix + "type", request.type(), TextLimits.LABEL);
        errors.require(prefix + "number", request.number(), TextLimits.LABEL);
        errors.clean(prefix + "issuer", request.issuer(), TextLimits.LABEL);
        errors.check(CertificateDates.consistent(request.validFrom(), request.expiresOn()), prefix + "expiresOn",
                "must be after validFrom " + request.validFrom());
        return new Certificate(request.type(), request.number(), request.issuer(), request.validFrom(),
                request.expiresOn());
    }

    private static void country(FieldErrors errors, String path, String country) {
        if (errors.require(path, country, TextLimits.CODE) != null) {
            errors.check(CountryCodes.isIsoAlpha2(country), path, CountryCodes.problem(country));
        }
    }
}
