package org.specloop.command.sourcing;

import org.specloop.contracts.lot.ChainLink;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.source.Certificate;
import org.specloop.contracts.specification.RequiredCertificate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Required certificate kinds per tier against the registered sources of a declared chain. A certificate counts
 * from its validFrom up to, not including, its expiresOn: on the day it expires the source no longer qualifies
 * for the lots judged that day. Kinds compare without case or punctuation ("RMI-RMAP" is "rmi rmap"); a kind
 * may name alternatives with "|". Unregistered sources are left to {@link RegistryCheck}.
 */
public final class CertificateCheck {
    public static final String RULE = "required-certificate";

    private CertificateCheck() {
    }

    static List<RuleBreach> check(DeclaredChain chain, List<RequiredCertificate> required, SourceRegistry registry,
                                  LocalDate judgedOn) {
        List<RuleBreach> lapses = new ArrayList<>();
        for (RequiredCertificate requirement : required) {
            chain.at(requirement.tier()).ifPresent(link -> registry.find(link.sourceId())
                    .filter(RegisteredSource::certificatesKnown)
                    .flatMap(source -> lapse(link, source, requirement, judgedOn))
                    .ifPresent(lapses::add));
        }
        return lapses;
    }

    private static Optional<RuleBreach> lapse(ChainLink link, RegisteredSource source, RequiredCertificate requirement,
                                              LocalDate judgedOn) {
        List<Certificate> ofKind = source.certificates().stream().filter(c -> matches(requirement.kind(), c.type())).toList();
        if (ofKind.stream().anyMatch(c -> validOn(c, judgedOn))) {
            return Optional.empty();
        }
        String subject = RegistryCheck.tierName(link.tier()) + " " + link.sourceId() + " holds no valid "
                + requirement.kind().replace("|", " or ") + " certificate on " + judgedOn;
        String fact = ofKind.stream().max(Comparator.comparing(c -> c.expiresOn() == null ? LocalDate.MAX : c.expiresOn()))
                .map(c -> c.expiresOn() != null && !judgedOn.isBefore(c.expiresOn())
                        ? c.type() + " " + c.number() + " expired on " + c.expiresOn()
                        : c.type() + " " + c.number() + " is valid from " + c.validFrom())
                .orElse("none is registered");
        String rule = requirement.ruleReference() == null || requirement.ruleReference().isBlank() ? RULE
                : requirement.ruleReference();
        return Optional.of(new RuleBreach(rule, subject + ": " + fact));
    }

    /** Valid from validFrom (inclusive) to expiresOn (exclusive); an open end is open. */
    public static boolean validOn(Certificate certificate, LocalDate day) {
        return (certificate.validFrom() == null || !day.isBefore(certificate.validFrom()))
                && (certificate.expiresOn() == null || day.isBefore(certificate.expiresOn()));
    }

    static boolean matches(String requiredKind, String type) {
        if (requiredKind == null || type == null) {
            return false;
        }
        String have = normal(type);
        return Arrays.stream(requiredKind.split("\\|")).map(CertificateCheck::normal).anyMatch(have::equals);
    }

    public static boolean sameKind(Certificate a, Certificate b) {
        return a.type() != null && b.type() != null && normal(a.type()).equals(normal(b.type()));
    }

    private static String normal(String kind) {
        return kind.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").trim();
    }
}
