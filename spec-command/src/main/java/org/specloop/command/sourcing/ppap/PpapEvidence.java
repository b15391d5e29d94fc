package org.specloop.command.sourcing.ppap;

import org.specloop.command.sourcing.EvidenceMatcher;
import org.specloop.contracts.qualification.FirstArticleRecord;
import org.specloop.contracts.qualification.FirstArticleVerdict;
import org.specloop.contracts.qualification.PpapElement;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The PPAP elements whose evidence SpecLoop holds itself: the design record is the spec's revision, the
 * engineering change document is the change, the material and performance test results are the accepted
 * first article record, the sample production parts are the measured lots. Everything else (FMEAs, control
 * plan, MSA, the warrant, ...) is recorded by a person. References name the thing, so each counts once.
 */
public final class PpapEvidence {

    private PpapEvidence() {
    }

    public static List<EvidenceMatcher.Match> matches(Collection<EvidenceMatcher.Item> items, String changeId,
                                                      FirstArticleRecord record) {
        List<EvidenceMatcher.Match> matches = new ArrayList<>();
        for (EvidenceMatcher.Item item : items) {
            PpapElement element = PpapElement.ofItemId(item.itemId());
            if (element == null || !PpapPlan.EVIDENCE_TYPE.equals(item.evidenceType())) {
                continue;
            }
            switch (element) {
                case DESIGN_RECORDS -> matches.add(new EvidenceMatcher.Match(item.itemId(),
                        "specification:" + record.part().specificationId() + "/revision-" + record.part().revision()));
                case ENGINEERING_CHANGE_DOCUMENTS -> matches.add(new EvidenceMatcher.Match(item.itemId(),
                        "engineering-change:" + changeId));
                case MATERIAL_PERFORMANCE_TEST_RESULTS -> {
                    if (record.verdict() == FirstArticleVerdict.ACCEPTED) {
                        matches.add(new EvidenceMatcher.Match(item.itemId(), "first-article:" + record.reportNumber()));
                    }
                }
                case SAMPLE_PRODUCTION_PARTS -> record.characteristics().stream()
                        .flatMap(line -> line.results().stream()).map(r -> r.lotId()).distinct().sorted()
                        .forEach(lot -> matches.add(new EvidenceMatcher.Match(item.itemId(), "lot:" + lot)));
                default -> {
                    // recorded by a person
                }
            }
        }
        return matches;
    }
}
