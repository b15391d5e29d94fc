package org.specloop.ui.record;

import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.specification.RevisionReviewed;
import org.specloop.contracts.units.Characteristic;
import org.specloop.loop.policy.ControlChartView;
import org.specloop.loop.policy.ControlCharts;
import org.specloop.query.specification.DiffEntry;
import org.specloop.query.specification.RevisionDiff;
import org.specloop.query.specification.RevisionView;
import org.specloop.query.specification.SpecificationSummary;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The approval record of one specification revision: what it is, what changed against the revision it
 * replaced (the revision page's diff), the limits it sets, the control-chart evidence of the part's
 * sources, and every signature with name, time and meaning. Authorship and proposal are listed as the
 * recorded actions they are; review, approval and rejection are the re-authenticated signatures.
 */
public final class RevisionRecord {
    private RevisionRecord() {
    }

    /**
     * @param baseline the revision this one is compared with (null for a first revision)
     * @param chartsOf the loop's control charts of the part, one per source, for a characteristic
     * @param reviews  the review signatures given to this revision
     */
    public static ApprovalRecord of(SpecificationSummary spec, RevisionView revision, RevisionView baseline,
                                    Function<Characteristic, List<ControlChartView>> chartsOf,
                                    List<RevisionReviewed> reviews, Instant generatedAt) {
        List<ApprovalRecord.Fact> facts = List.of(
                new ApprovalRecord.Fact("Specification", spec.specificationId() + " — " + spec.title()),
                new ApprovalRecord.Fact("Part", spec.partNumber()),
                new ApprovalRecord.Fact("Grade", spec.grade()),
                new ApprovalRecord.Fact("Revision", String.valueOf(revision.revision())),
                new ApprovalRecord.Fact("Status", revision.status()),
                new ApprovalRecord.Fact("Compared with", baseline == null ? "nothing (first revision)"
                        : "revision " + baseline.revision() + " (" + baseline.status() + ")"),
                new ApprovalRecord.Fact("Effective", RecordText.time(revision.effectiveFrom()) + " until "
                        + (revision.effectiveUntil() == null ? "further notice" : RecordText.time(revision.effectiveUntil()))),
                new ApprovalRecord.Fact("Reason for the revision", RecordText.text(revision.draftReason())));
        RevisionContent content = revision.content();
        List<ApprovalRecord.Section> sections = List.of(
                diff(RevisionDiff.between(baseline == null ? null : baseline.content(), content), baseline),
                limits(content),
                evidence(spec.partNumber(), content, chartsOf));
        return new ApprovalRecord("Approval record: " + spec.specificationId() + " revision " + revision.revision(),
                spec.title(), facts, sections, signatures(revision, reviews), RecordText.time(generatedAt));
    }

    private static ApprovalRecord.Section diff(List<DiffEntry> diff, RevisionView baseline) {
        List<List<String>> rows = diff.stream().map(d -> List.of(d.path(), d.change().name(),
                RecordText.value(d.before(), d.unit()), RecordText.value(d.after(), d.unit()))).toList();
        return new ApprovalRecord.Section(baseline == null ? "What changed (first revision: everything is new)"
                : "What changed against revision " + baseline.revision(),
                rows.isEmpty() ? "No field differs." : null, List.of("Field", "Change", "Before", "After"), rows);
    }

    private static ApprovalRecord.Section limits(RevisionContent content) {
        List<List<String>> rows = content == null ? List.of() : content.characteristics().stream()
                .map(l -> List.of(l.characteristic().symbol(), RecordText.value(l.testTemperatureC(), "°C"),
                        RecordText.value(l.min(), l.unit()), RecordText.value(l.max(), l.unit()),
                        RecordText.value(l.target(), l.unit()), RecordText.text(l.standardReference())))
                .toList();
        return new ApprovalRecord.Section("Limits of this revision", rows.isEmpty() ? "No characteristic is limited." : null,
                List.of("Characteristic", "Test temperature", "Min", "Max", "Target", "Standard"), rows);
    }

    private static ApprovalRecord.Section evidence(String partNumber, RevisionContent content,
                                                   Function<Characteristic, List<ControlChartView>> chartsOf) {
        List<List<String>> rows = new ArrayList<>();
        for (CharacteristicLimit limit : content == null ? List.<CharacteristicLimit>of() : content.characteristics()) {
            String name = limit.characteristic().symbol() + " at " + Math.round(limit.testTemperatureC()) + " °C";
            if (!ControlCharts.charted(limit.testTemperatureC())) {
                rows.add(List.of(name, RecordText.NONE, "not charted: the loop charts at "
                        + Math.round(ControlCharts.CHART_TEMPERATURE_C) + " °C only", "", "", ""));
                continue;
            }
            List<ControlChartView> charts = chartsOf.apply(limit.characteristic());
            if (charts.isEmpty()) {
                rows.add(List.of(name, RecordText.NONE, "no evidence yet", "", "", ""));
            }
            for (ControlChartView chart : charts) {
                rows.add(List.of(name, chart.sourceId(), String.valueOf(chart.points().size()),
                        String.valueOf(chart.points().stream().mapToInt(ControlChartView.Point::samples).sum()),
                        chart.limits() == null ? "none yet" : RecordText.value(chart.limits().lcl(), chart.unit()) + " to "
                                + RecordText.value(chart.limits().ucl(), chart.unit())
                                + (chart.phaseOneComplete() ? "" : " (provisional)"),
                        chart.signals().isEmpty() ? "none" : String.join(", ", chart.signals().stream()
                                .map(s -> s.rule() + " at " + s.lotId()).toList())));
            }
        }
        return new ApprovalRecord.Section("Evidence: control charts of part " + partNumber + " by source",
                "Lot means at " + Math.round(ControlCharts.CHART_TEMPERATURE_C) + " °C from the closed loop's I-MR charts"
                        + " as they stand when this record is generated: lots received after the decision are included.",
                List.of("Characteristic", "Source", "Lots", "Samples", "Control limits", "Signals"), rows);
    }

    private static List<ApprovalRecord.SignatureLine> signatures(RevisionView revision, List<RevisionReviewed> reviews) {
        Signatures lines = new Signatures()
                .add("Drafted (author)", revision.author(), revision.draftedAt(), "AUTHORED", revision.draftReason())
                .add("Proposed for approval", revision.proposer(), revision.proposedAt(), "PROPOSED", null);
        reviews.stream().filter(r -> r.revision() == revision.revision()).forEach(r -> lines.add("Review signature",
                r.reviewer(), r.reviewedAt(), r.signatureMeaning() == null ? null : r.signatureMeaning().name(), r.reason()));
        lines.add("Approval signature", revision.approver(), revision.approvedAt(), revision.signatureMeaning(),
                        revision.decisionReason())
                .add("Rejection signature", revision.rejector(), revision.rejectedAt(), "REJECTED", revision.decisionReason())
                .add("Discarded (draft)", revision.discardedBy(), revision.discardedAt(), "DISCARDED", revision.decisionReason());
        return lines.inOrder();
    }
}
