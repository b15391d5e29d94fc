package org.specloop.command.sourcing.policy;

import org.specloop.command.sourcing.QualifiedChain;
import org.specloop.command.sourcing.RegisteredSource;
import org.specloop.command.sourcing.firstarticle.FirstArticleAssembler;
import org.specloop.command.sourcing.firstarticle.MeasuredSample;
import org.specloop.contracts.qualification.FirstArticleRecord;
import org.specloop.contracts.rig.OperatingPointKind;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gathers what the sourcing processor's tables know of a source change (its spec's effective revision, its lots,
 * their measured values, the registry, rig runs of motors built with them) and builds its first article record.
 */
@Component
class FirstArticles {
    private final EvidenceTables evidence;
    private final SourcingTables tables;
    private final Clock clock;

    FirstArticles(EvidenceTables evidence, SourcingTables tables, Clock clock) {
        this.evidence = evidence;
        this.tables = tables;
        this.clock = clock;
    }

    /** Empty for a change the policy does not know as a source change, or whose spec has no effective revision. */
    Optional<FirstArticleRecord> of(String changeId) {
        Optional<SourcingTables.Change> change = tables.change(changeId);
        Optional<SourcingTables.Spec> spec = change.map(SourcingTables.Change::specificationId).flatMap(tables::spec);
        if (spec.isEmpty()) {
            return Optional.empty();
        }
        SourcingTables.Spec s = spec.get();
        FirstArticleAssembler.Spec facts = new FirstArticleAssembler.Spec(s.specificationId(), s.partNumber(),
                tables.specTitle(s.specificationId()).orElse(null), s.revision(), s.content().characteristics(),
                new QualifiedChain(s.content().sourcingRules().qualifiedSources(), tables.qualifiedByChanges(s.specificationId())));
        List<FirstArticleAssembler.Lot> lots = new ArrayList<>();
        List<MeasuredSample> measured = new ArrayList<>();
        List<FirstArticleAssembler.FunctionalTest> tests = new ArrayList<>();
        Map<String, RegisteredSource> registry = new LinkedHashMap<>();
        for (String lotId : evidence.lotsOf(changeId)) {
            tables.lotOrigin(lotId).ifPresent(lot -> {
                lots.add(new FirstArticleAssembler.Lot(lot.lotId(), lot.supplierId(), lot.grade(), lot.chain()));
                lot.chain().links().forEach(link -> tables.source(link.sourceId()).ifPresent(r -> registry.put(r.sourceId(), r)));
            });
            evidence.valuesOf(lotId).forEach(m -> measured.add(
                    new MeasuredSample(m.lotId(), m.sampleId(), m.temperatureC(), m.values(), m.tooling())));
            evidence.motorPointsOf(lotId).forEach(p -> {
                tests.add(new FirstArticleAssembler.FunctionalTest(p.runId(), false, null));
                if (p.kind() == OperatingPointKind.KE_AFTER_DEMAG && p.demagnetizationLossPercent() != null) {
                    tests.add(new FirstArticleAssembler.FunctionalTest(p.runId(), true, p.demagnetizationLossPercent()));
                }
            });
        }
        return Optional.of(FirstArticleAssembler.assemble(changeId, change.get().swaps(), facts, lots, registry, measured,
                tests, LocalDate.now(clock)));
    }
}
