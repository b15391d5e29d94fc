package org.specloop.command.sourcing.policy;

import org.specloop.contracts.source.Tier;
import org.specloop.contracts.specification.RequiredCertificate;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * specloop.sourcing.*: what the receipt check does with a lot that breaks its spec's sourcing rules, and the
 * certificates it requires (docs/sourcing.md).
 *
 * @param onRuleBreach               HOLD the lot citing the broken rule, or REJECT it; any value but REJECT holds
 * @param rejectLotsOfRejectedChange reject the lots held for an engineering change when that change is rejected
 *                                   (otherwise they stay held)
 * @param mineCertificates           certificate kinds every mine must hold for a spec with sourcing rules; each
 *                                   entry may name alternatives separated by "|"
 * @param concentratorCertificates   certificate kinds every concentrator must hold (as for mines)
 * @param separatorCertificates      certificate kinds every separator must hold (RMI RMAP or a listing as RMI
 *                                   conformant)
 * @param metalMakerCertificates     certificate kinds every metal maker must hold
 * @param alloyMakerCertificates     certificate kinds every alloy maker must hold
 * @param magnetMakerCertificates    certificate kinds every magnet maker must hold (IATF 16949 is left to the
 *                                   sourcing rules of automotive specs)
 * @param certificateWarningDays     days ahead of a certificate's expiry at which a SourceCertificateExpiring warning
 *                                   is raised, one per threshold
 * @param certificateWatchInterval   how often the certificate watch looks for a new day (one node per day re-judges
 *                                   unreleased stock and warns)
 */
@ConfigurationProperties("specloop.sourcing")
record SourcingProperties(@DefaultValue("HOLD") String onRuleBreach,
                          @DefaultValue("false") boolean rejectLotsOfRejectedChange,
                          @DefaultValue({}) List<String> mineCertificates,
                          @DefaultValue({}) List<String> concentratorCertificates,
                          @DefaultValue("RMI RMAP|RMAP|RMI conformant") List<String> separatorCertificates,
                          @DefaultValue("RMI RMAP|RMAP|RMI conformant") List<String> metalMakerCertificates,
                          @DefaultValue("RMI RMAP|RMAP|RMI conformant") List<String> alloyMakerCertificates,
                          @DefaultValue("ISO 9001") List<String> magnetMakerCertificates,
                          @DefaultValue({"90", "30"}) List<Integer> certificateWarningDays,
                          @DefaultValue("1h") Duration certificateWatchInterval) {

    /** Without tier defaults: for checks of the other rules. */
    static SourcingProperties withoutCertificates(String onRuleBreach, boolean rejectLotsOfRejectedChange) {
        return new SourcingProperties(onRuleBreach, rejectLotsOfRejectedChange, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(90, 30), Duration.ofHours(1));
    }

    public boolean rejectOnRuleBreach() {
        return "REJECT".equalsIgnoreCase(onRuleBreach.trim());
    }

    /** The tier defaults as requirements, cited as the configuration they come from. */
    public List<RequiredCertificate> tierDefaults() {
        List<RequiredCertificate> required = new ArrayList<>();
        Map.of(Tier.MINE, nonNull(mineCertificates), Tier.CONCENTRATOR, nonNull(concentratorCertificates),
                        Tier.SEPARATOR, nonNull(separatorCertificates), Tier.METAL_MAKER, nonNull(metalMakerCertificates),
                        Tier.ALLOY_MAKER, nonNull(alloyMakerCertificates), Tier.MAGNET_MAKER, nonNull(magnetMakerCertificates))
                .forEach((tier, kinds) -> kinds.stream().filter(k -> k != null && !k.isBlank())
                        .forEach(kind -> required.add(new RequiredCertificate(tier, kind.trim(), "tier default"))));
        required.sort(java.util.Comparator.comparing(RequiredCertificate::tier).thenComparing(RequiredCertificate::kind));
        return required;
    }

    public List<Integer> warningDays() {
        return nonNull(certificateWarningDays).stream().filter(d -> d != null && d > 0).distinct()
                .sorted(java.util.Comparator.reverseOrder()).toList();
    }

    private static <T> List<T> nonNull(List<T> values) {
        return values == null ? List.of() : values;
    }
}
