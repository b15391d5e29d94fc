package org.specloop.ui.record;

import org.specloop.contracts.qualification.FirstArticleSummary;
import org.specloop.query.change.ChangeSummary;
import org.specloop.query.change.ChangeView;
import org.specloop.query.change.FirstArticleView;
import org.specloop.query.change.PlanItemView;
import org.specloop.query.change.PpapSubmissionView;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The approval record of one engineering change: what triggered it, the source swaps, the plan with the
 * evidence received for each item, the first article's standing, the PPAP submission, the escalation,
 * and the decision signature with its meaning, next to the recorded raising and closing of the change.
 */
public final class ChangeRecord {
    private ChangeRecord() {
    }

    /**
     * @param firstArticle the latest issue of the first article record, null when the change has none
     * @param ppap         the PPAP submission at the plan's level, null when the plan states no level
     */
    public static ApprovalRecord of(ChangeView change, FirstArticleView firstArticle, PpapSubmissionView ppap,
                                    Instant generatedAt) {
        ChangeSummary c = change.change();
        List<ApprovalRecord.Fact> facts = List.of(
                new ApprovalRecord.Fact("Engineering change", c.changeId()),
                new ApprovalRecord.Fact("Trigger", c.trigger()),
                new ApprovalRecord.Fact("Specification", RecordText.text(c.specificationId())),
                new ApprovalRecord.Fact("Status", c.status()),
                new ApprovalRecord.Fact("Decision", RecordText.text(c.decision())),
                new ApprovalRecord.Fact("Due", RecordText.text(c.dueDate())),
                new ApprovalRecord.Fact("Description", RecordText.text(change.description())),
                new ApprovalRecord.Fact("Planned by", RecordText.text(change.planner())),
                new ApprovalRecord.Fact("Evidence complete", RecordText.time(change.evidenceCompleteAt())),
                new ApprovalRecord.Fact("Lots covered", change.lots().isEmpty() ? RecordText.NONE : String.join(", ", change.lots())));
        List<ApprovalRecord.Section> sections = new ArrayList<>();
        sections.add(swaps(change));
        sections.add(plan(change.planItems()));
        sections.add(firstArticle(change, firstArticle));
        sections.add(ppap(ppap));
        sections.add(escalations(change));
        Signatures signatures = new Signatures()
                .add("Raised", c.raisedBy(), c.raisedAt(), "RAISED", c.title())
                .add("Decision signature", c.decidedBy(), change.decidedAt(),
                        change.signatureMeaning() != null ? change.signatureMeaning() : c.decision(), change.decisionReason())
                .add("Closed", change.closedBy(), change.closedAt(), "CLOSED", change.closeNote());
        return new ApprovalRecord("Approval record: engineering change " + c.changeId(), c.title(), facts, sections,
                signatures.inOrder(), RecordText.time(generatedAt));
    }

    private static ApprovalRecord.Section swaps(ChangeView change) {
        List<List<String>> rows = change.sourceChanges().stream().map(s -> List.of(s.tier().name(),
                RecordText.text(s.previousSourceId()), RecordText.text(s.newSourceId()))).toList();
        return new ApprovalRecord.Section("Source changes", rows.isEmpty() ? "The change swaps no source." : null,
                List.of("Tier", "From", "To"), rows);
    }

    private static ApprovalRecord.Section plan(List<PlanItemView> items) {
        List<List<String>> rows = items.stream().map(i -> List.of(i.itemId(), RecordText.text(i.description()),
                RecordText.text(i.evidenceType()), i.received() + " of " + i.required(),
                i.received() >= i.required() ? "COMPLETE" : "PENDING",
                i.evidenceReferences().isEmpty() ? RecordText.NONE : String.join(", ", i.evidenceReferences()))).toList();
        return new ApprovalRecord.Section("Requalification plan and evidence", rows.isEmpty() ? "No plan recorded." : null,
                List.of("Item", "Description", "Evidence type", "Received", "Status", "References"), rows);
    }

    private static ApprovalRecord.Section firstArticle(ChangeView change, FirstArticleView latest) {
        List<List<String>> rows = new ArrayList<>();
        FirstArticleSummary current = change.requalification() == null ? null : change.requalification().firstArticle();
        FirstArticleSummary signed = change.requalification() == null ? null : change.requalification().signedFirstArticle();
        if (current != null) {
            rows.add(firstArticleRow("Latest issue", current, latest));
        }
        if (signed != null) {
            rows.add(firstArticleRow("Issue signed with the decision", signed, null));
        }
        Boolean required = change.requalification() == null ? null : change.requalification().firstArticleRequired();
        String note = rows.isEmpty() ? (Boolean.TRUE.equals(required) ? "Required by the plan; no record yet."
                : "No first article record: the plan asks for none.") : null;
        return new ApprovalRecord.Section("First article (AS9102)", note,
                List.of("Issue", "Report", "Verdict", "Accepted", "Rejected", "Missing", "Recorded"), rows);
    }

    private static List<String> firstArticleRow(String which, FirstArticleSummary s, FirstArticleView latest) {
        String recorded = latest == null ? RecordText.NONE
                : RecordText.text(latest.recordedBy()) + ", " + RecordText.time(latest.recordedAt());
        return List.of(which + " (" + s.issue() + ")", RecordText.text(s.reportNumber()), String.valueOf(s.verdict()),
                String.valueOf(s.accepted()), String.valueOf(s.rejected()), String.valueOf(s.missing()), recorded);
    }

    private static ApprovalRecord.Section ppap(PpapSubmissionView ppap) {
        if (ppap == null) {
            return new ApprovalRecord.Section("PPAP submission", "The plan states no PPAP submission level.", List.of(), List.of());
        }
        List<List<String>> rows = ppap.elements().stream().map(e -> List.of(String.valueOf(e.number()), e.name(),
                String.valueOf(e.requirement()), e.status())).toList();
        return new ApprovalRecord.Section("PPAP submission", "Level " + ppap.submissionLevel() + "; part submission warrant "
                + ppap.warrantStatus() + ".", List.of("Element", "Name", "At this level", "Status"), rows);
    }

    private static ApprovalRecord.Section escalations(ChangeView change) {
        List<List<String>> rows = change.escalatedAt() == null ? List.of()
                : List.of(List.of(RecordText.time(change.escalatedAt()), RecordText.text(change.escalationReason())));
        return new ApprovalRecord.Section("Escalations", rows.isEmpty() ? "Never escalated." : null,
                List.of("Escalated", "Reason"), rows);
    }
}
