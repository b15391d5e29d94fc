package org.specloop.command.sourcing;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.lot.ChainLink;
import org.specloop.contracts.source.Certificate;
import org.specloop.contracts.source.CustodyModel;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.specification.RequiredCertificate;
import org.specloop.contracts.specification.SourcingRules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.command.sourcing.Chains.chainA;
import static org.specloop.command.sourcing.Chains.dfarsRules;

/** Required certificates per tier: the tier defaults, the spec's own kinds, and the day a certificate stops counting. */
class CertificateCheckTest {
    private static final LocalDate EXPIRY = LocalDate.of(2026, 6, 1);
    private static final List<RequiredCertificate> DEFAULTS = List.of(
            new RequiredCertificate(Tier.SEPARATOR, "RMI RMAP|RMAP|RMI conformant", "tier default"),
            new RequiredCertificate(Tier.MAGNET_MAKER, "ISO 9001", "tier default"));
    private final SourcingRules rules = dfarsRules(chainA(), CustodyModel.SEGREGATED);

    private static Certificate rmap(LocalDate expiresOn) {
        return new Certificate("RMI-RMAP", "RMAP-7", "RMI", LocalDate.of(2023, 6, 1), expiresOn);
    }

    private static Certificate iso9001() {
        return new Certificate("ISO 9001", "Q-1", "TUV", LocalDate.of(2024, 1, 1), LocalDate.of(2030, 1, 1));
    }

    /** Chain A registered as declared; the separator with the given certificates, the magnet maker with ISO 9001. */
    private static SourceRegistry registry(List<Certificate> separatorCertificates) {
        List<RegisteredSource> sources = new ArrayList<>();
        for (ChainLink link : chainA().links()) {
            List<Certificate> certificates = switch (link.tier()) {
                case SEPARATOR -> separatorCertificates;
                case MAGNET_MAKER -> List.of(iso9001());
                default -> List.of();
            };
            sources.add(new RegisteredSource(link.sourceId(), link.tier(), link.country(), certificates));
        }
        return SourceRegistry.of(sources);
    }

    private SourcingFindings check(SourcingRules rules, SourceRegistry registry, LocalDate day) {
        return SourcingCheck.check(chainA(), rules, new QualifiedChain(rules.qualifiedSources(), List.of()), registry, day,
                DEFAULTS, day);
    }

    @Test
    void aSeparatorWithAValidRmapMeetsTheTierDefaultWhateverItsSpelling() {
        assertThat(check(rules, registry(List.of(rmap(EXPIRY))), EXPIRY.minusDays(1)).certificateLapsed()).isFalse();
    }

    @Test
    void onTheDayItsRmapExpiresTheSeparatorNoLongerQualifies() {
        SourcingFindings findings = check(rules, registry(List.of(rmap(EXPIRY))), EXPIRY);

        assertThat(findings.lapses()).singleElement().satisfies(lapse -> {
            assertThat(lapse.rule()).isEqualTo("tier default");
            assertThat(lapse.message()).isEqualTo("separator " + sep() + " holds no valid RMI RMAP or RMAP or RMI conformant"
                    + " certificate on 2026-06-01: RMI-RMAP RMAP-7 expired on 2026-06-01");
        });
        assertThat(findings.ruleBroken()).isFalse();
    }

    @Test
    void aRenewalCountsFromItsValidFromDay() {
        Certificate renewal = new Certificate("RMAP", "RMAP-8", "RMI", EXPIRY.plusDays(10), LocalDate.of(2029, 6, 1));
        SourceRegistry registry = registry(List.of(rmap(EXPIRY), renewal));

        assertThat(check(rules, registry, EXPIRY.plusDays(9)).lapses()).singleElement()
                .satisfies(l -> assertThat(l.message()).endsWith("RMAP RMAP-8 is valid from 2026-06-11"));
        assertThat(check(rules, registry, EXPIRY.plusDays(10)).certificateLapsed()).isFalse();
    }

    @Test
    void aSourceWithoutTheKindIsNamedWithNoneRegistered() {
        assertThat(check(rules, registry(List.of()), EXPIRY).lapseText())
                .contains("separator " + sep() + " holds no valid", "none is registered");
    }

    @Test
    void theSpecsOwnKindsAddToTheDefaultsAndCiteTheirRule() {
        SourcingRules automotive = new SourcingRules(rules.qualifiedSources(), rules.countryExclusions(),
                rules.minimumCustodyModel(), List.of(new RequiredCertificate(Tier.MAGNET_MAKER, "IATF 16949", "OEM CSR 4.2")));

        SourcingFindings findings = check(automotive, registry(List.of(rmap(EXPIRY))), EXPIRY.minusDays(1));

        assertThat(findings.lapses()).singleElement().satisfies(lapse -> {
            assertThat(lapse.rule()).isEqualTo("OEM CSR 4.2");
            assertThat(lapse.message()).startsWith("magnet maker " + magnetMaker() + " holds no valid IATF 16949");
        });
    }

    @Test
    void aSpecWithoutSourcingRulesIsNotHeldToTheTierDefaults() {
        assertThat(check(SourcingRules.none(), registry(List.of()), EXPIRY).certificateLapsed()).isFalse();
    }

    @Test
    void anUnregisteredSourceIsLeftToTheRegistryCheck() {
        SourcingFindings findings = check(rules, SourceRegistry.of(List.of()), EXPIRY);

        assertThat(findings.certificateLapsed()).isFalse();
        assertThat(findings.registryContradicted()).isTrue();
    }

    @Test
    void aSourceWhoseCertificatesThePolicyHasNotYetLearnedIsNotJudged() {
        List<RegisteredSource> sources = new ArrayList<>();
        chainA().links().forEach(l -> sources.add(new RegisteredSource(l.sourceId(), l.tier(), l.country(), List.of(),
                false)));

        assertThat(check(rules, SourceRegistry.of(sources), EXPIRY).certificateLapsed()).isFalse();
    }

    private static String sep() {
        return chainA().at(Tier.SEPARATOR).orElseThrow().sourceId();
    }

    private static String magnetMaker() {
        return chainA().at(Tier.MAGNET_MAKER).orElseThrow().sourceId();
    }

}
