package org.specloop.command.sourcing.firstarticle;

import org.specloop.command.sourcing.QualifiedChain;
import org.specloop.command.sourcing.RegisteredSource;
import org.specloop.contracts.change.SourceSwap;
import org.specloop.contracts.lot.ChainLink;
import org.specloop.contracts.lot.DeclaredChain;
import org.specloop.contracts.qualification.CharacteristicAccountability;
import org.specloop.contracts.qualification.CharacteristicVerdict;
import org.specloop.contracts.qualification.FirstArticleRecord;
import org.specloop.contracts.qualification.FirstArticleVerdict;
import org.specloop.contracts.qualification.PartAccountability;
import org.specloop.contracts.qualification.ProductAccountability;
import org.specloop.contracts.qualification.ProductAccountabilityKind;
import org.specloop.contracts.source.Certificate;
import org.specloop.contracts.source.Tier;
import org.specloop.contracts.specification.CharacteristicLimit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Builds the AS9102 record of a source change from what is known of it: the spec's effective revision,
 * the lots of the new chain with their measurements, the registry's certificates, and the rig runs of motors
 * built with those lots. A pure function of its inputs, so that an unchanged input gives an equal record.
 */
public final class FirstArticleAssembler {

    private FirstArticleAssembler() {
    }

    public record Spec(String specificationId, String partNumber, String title, int revision,
                       List<CharacteristicLimit> limits, QualifiedChain qualified) {
    }

    public record Lot(String lotId, String supplierId, String grade, DeclaredChain chain) {
    }

    /** A rig run that counts as a functional test: a motor performance run, or a demagnetization test with its loss. */
    public record FunctionalTest(String runId, boolean demagnetization, Double lossPercent) {
    }

    public static String reportNumber(String changeId) {
        return "FAI-" + changeId;
    }

    public static FirstArticleRecord assemble(String changeId, List<SourceSwap> swaps, Spec spec, List<Lot> lots,
                                              Map<String, RegisteredSource> registry, List<MeasuredSample> measurements,
                                              List<FunctionalTest> tests, LocalDate today) {
        String report = reportNumber(changeId);
        List<CharacteristicAccountability> lines = CharacteristicAccountant.account(report, spec.specificationId(),
                spec.revision(), spec.limits(), measurements);
        FirstArticleVerdict verdict = CharacteristicAccountant.verdict(lines);
        List<Lot> sorted = lots.stream().sorted(Comparator.comparing(Lot::lotId)).toList();
        PartAccountability part = new PartAccountability(spec.partNumber(),
                spec.title() == null || spec.title().isBlank() ? spec.partNumber() : spec.title(),
                sorted.stream().map(Lot::lotId).toList(), spec.specificationId(), spec.revision(),
                joined(sorted.stream().map(l -> l.chain().at(Tier.MAGNET_MAKER).map(ChainLink::sourceId).orElse(null)).toList()),
                joined(sorted.stream().map(Lot::supplierId).toList()), "DETAIL", "FULL", reason(swaps),
                verdict == FirstArticleVerdict.REJECTED,
                lines.stream().noneMatch(l -> l.verdict() == CharacteristicVerdict.MISSING));
        List<ProductAccountability> product = new ArrayList<>(materials(spec, sorted, registry, today));
        tests.stream().sorted(Comparator.comparing(FunctionalTest::runId).thenComparing(FunctionalTest::demagnetization))
                .distinct().map(FirstArticleAssembler::functional).forEach(product::add);
        return new FirstArticleRecord(report, part, product, lines, verdict);
    }

    /** AS9102 asks why the FAI is done; a source change is a change of manufacturing source, tier by tier. */
    static String reason(List<SourceSwap> swaps) {
        if (swaps == null || swaps.isEmpty()) {
            return "change of manufacturing source";
        }
        return "change of manufacturing source: " + swaps.stream()
                .map(s -> s.tier() + " " + (s.previousSourceId() == null ? "(none)" : s.previousSourceId()) + " -> " + s.newSourceId())
                .collect(Collectors.joining("; "));
    }

    /**
     * One line per tier and source of the lots' chains, upstream first. The magnet maker's work (sintering,
     * heat treatment, coating) is the special process; every upstream tier delivers a material.
     */
    private static List<ProductAccountability> materials(Spec spec, List<Lot> lots, Map<String, RegisteredSource> registry,
                                                         LocalDate today) {
        TreeSet<ChainLink> links = new TreeSet<>(Comparator.comparing(ChainLink::tier).thenComparing(ChainLink::sourceId));
        lots.forEach(lot -> lot.chain().links().stream().filter(l -> l.tier() != null && l.sourceId() != null).forEach(links::add));
        String grades = joined(lots.stream().map(Lot::grade).toList());
        List<ProductAccountability> lines = new ArrayList<>();
        for (ChainLink link : links) {
            boolean process = link.tier() == Tier.MAGNET_MAKER;
            String approval = !spec.qualified().restricts(link.tier()) ? "N/A"
                    : spec.qualified().qualifies(link.tier(), link.sourceId()) ? "YES" : "NO";
            lines.add(new ProductAccountability(process ? ProductAccountabilityKind.SPECIAL_PROCESS : ProductAccountabilityKind.MATERIAL,
                    materialName(link.tier(), grades), spec.specificationId() + " revision " + spec.revision(),
                    link.tier().name(), link.sourceId(), approval, certificates(registry.get(link.sourceId()), today), null));
        }
        return lines;
    }

    static String materialName(Tier tier, String grades) {
        return switch (tier) {
            case MINE -> "rare-earth ore";
            case CONCENTRATOR -> "rare-earth concentrate";
            case SEPARATOR -> "separated rare-earth oxides";
            case METAL_MAKER -> "rare-earth metals";
            case ALLOY_MAKER -> "NdFeB alloy";
            case MAGNET_MAKER -> "magnet manufacture (sintering, heat treatment, coating)"
                    + (grades == null ? "" : ", grade " + grades);
        };
    }

    /** The certificates of conformance on file: the source's registry certificates valid today. */
    static String certificates(RegisteredSource source, LocalDate today) {
        if (source == null) {
            return "source not registered";
        }
        if (!source.certificatesKnown()) {
            return "certificates not known (recorded before they were kept)";
        }
        List<String> valid = source.certificates().stream()
                .filter(c -> (c.validFrom() == null || !c.validFrom().isAfter(today)) && (c.expiresOn() == null || c.expiresOn().isAfter(today)))
                .sorted(Comparator.comparing(Certificate::type).thenComparing(c -> c.number() == null ? "" : c.number()))
                .map(c -> c.type() + (c.number() == null ? "" : " " + c.number()) + (c.expiresOn() == null ? "" : " (to " + c.expiresOn() + ")"))
                .toList();
        return valid.isEmpty() ? "none valid on " + today : String.join("; ", valid);
    }

    private static ProductAccountability functional(FunctionalTest test) {
        return test.demagnetization()
                ? new ProductAccountability(ProductAccountabilityKind.FUNCTIONAL_TEST,
                "demagnetization test", "Ke before and after a hot overload", "DEMAG_TEST", null, "N/A",
                test.lossPercent() == null ? null : "Ke loss " + test.lossPercent() + " %",
                "demag-test:" + test.runId())
                : new ProductAccountability(ProductAccountabilityKind.FUNCTIONAL_TEST,
                "motor performance test", "IEC 60034-2-1", "MOTOR_TEST", null, "N/A", null, "motor-run:" + test.runId());
    }

    private static String joined(List<String> values) {
        List<String> distinct = values.stream().filter(Objects::nonNull).filter(v -> !v.isBlank()).distinct().sorted().toList();
        return distinct.isEmpty() ? null : String.join(", ", distinct);
    }
}
