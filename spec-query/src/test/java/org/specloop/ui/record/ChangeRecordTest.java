package org.specloop.ui.record;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.change.SourceSwap;
import org.specloop.contracts.qualification.FirstArticleSummary;
import org.specloop.contracts.qualification.FirstArticleVerdict;
import org.specloop.contracts.source.Tier;
import org.specloop.query.change.ChangeSummary;
import org.specloop.query.change.ChangeView;
import org.specloop.query.change.PlanItemView;
import org.specloop.query.change.PpapSubmissionView;
import org.specloop.query.change.RequalificationView;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeRecordTest {

    @Test
    void statesSwapsPlanEvidenceFirstArticlePpapEscalationAndTheDecisionSignature() {
        List<PlanItemView> plan = List.of(
                new PlanItemView("DIMENSIONAL_RESULTS", "Dimensional results", "MEASUREMENT", 3, 3, List.of("LOT-1", "LOT-2", "LOT-3")),
                new PlanItemView("MATERIAL_TEST_RESULTS", "Material tests", "CERTIFICATE", 0, 1, List.of()));
        FirstArticleSummary fai = new FirstArticleSummary("FAI-ECO-1", 2, FirstArticleVerdict.ACCEPTED, 4, 0, 0);
        ChangeView change = new ChangeView(new ChangeSummary("ECO-1", "SOURCE_CHANGE", "New alloy maker", "SPEC-RTR-42SH",
                "APPROVED", "qe.alice", Instant.parse("2026-02-01T08:00:00Z"), "2026-03-01", "APPROVED", "qe.bob"),
                "the alloy maker moves", List.of(new SourceSwap(Tier.ALLOY_MAKER, "ALLOY-CN-1", "ALLOY-VN-2")), "qe.alice",
                plan, null, "requalified", "APPROVED", Instant.parse("2026-02-20T14:30:00Z"), null, null, null,
                List.of("LOT-1"), Instant.parse("2026-02-15T00:00:00Z"), "due in 14 days, evidence incomplete", null,
                new RequalificationView(true, 3, fai, fai));
        PpapSubmissionView ppap = PpapSubmissionView.of("ECO-1", 3, plan, "APPROVED");

        ApprovalRecord record = ChangeRecord.of(change, null, ppap, Instant.parse("2026-05-01T00:00:00Z"));

        assertThat(record.title()).isEqualTo("Approval record: engineering change ECO-1");
        assertThat(record.subtitle()).isEqualTo("New alloy maker");
        assertThat(record.facts()).contains(new ApprovalRecord.Fact("Trigger", "SOURCE_CHANGE"),
                new ApprovalRecord.Fact("Specification", "SPEC-RTR-42SH"), new ApprovalRecord.Fact("Lots covered", "LOT-1"));
        assertThat(section(record, "Source changes").rows()).containsExactly(List.of("ALLOY_MAKER", "ALLOY-CN-1", "ALLOY-VN-2"));
        assertThat(section(record, "Requalification plan and evidence").rows()).containsExactly(
                List.of("DIMENSIONAL_RESULTS", "Dimensional results", "MEASUREMENT", "3 of 3", "COMPLETE", "LOT-1, LOT-2, LOT-3"),
                List.of("MATERIAL_TEST_RESULTS", "Material tests", "CERTIFICATE", "0 of 1", "PENDING", "—"));
        assertThat(section(record, "First article (AS9102)").rows()).containsExactly(
                List.of("Latest issue (2)", "FAI-ECO-1", "ACCEPTED", "4", "0", "0", "—"),
                List.of("Issue signed with the decision (2)", "FAI-ECO-1", "ACCEPTED", "4", "0", "0", "—"));
        ApprovalRecord.Section ppapSection = section(record, "PPAP submission");
        assertThat(ppapSection.note()).isEqualTo("Level 3; part submission warrant APPROVED.");
        assertThat(ppapSection.rows()).hasSize(18);
        assertThat(section(record, "Escalations").rows())
                .containsExactly(List.of("2026-02-15 00:00:00 UTC", "due in 14 days, evidence incomplete"));
        assertThat(record.signatures()).containsExactly(
                new ApprovalRecord.SignatureLine("Raised", "qe.alice", "2026-02-01 08:00:00 UTC", "RAISED", "New alloy maker"),
                new ApprovalRecord.SignatureLine("Decision signature", "qe.bob", "2026-02-20 14:30:00 UTC", "APPROVED",
                        "requalified"));
    }

    @Test
    void anUndecidedChangeWithoutPlanHasOnlyItsRaisingAndSaysWhatIsMissing() {
        ChangeView change = new ChangeView(new ChangeSummary("ECO-2", "MANUAL", "Coating", null, "OPEN", "qe.alice",
                Instant.parse("2026-02-01T08:00:00Z"), null, null, null), null, List.of(), null, List.of(), null, null,
                null, null, null, null, null, List.of(), null, null, null, null);

        ApprovalRecord record = ChangeRecord.of(change, null, null, Instant.EPOCH);

        assertThat(section(record, "Source changes").note()).isEqualTo("The change swaps no source.");
        assertThat(section(record, "Requalification plan and evidence").note()).isEqualTo("No plan recorded.");
        assertThat(section(record, "PPAP submission").note()).isEqualTo("The plan states no PPAP submission level.");
        assertThat(section(record, "Escalations").note()).isEqualTo("Never escalated.");
        assertThat(record.signatures()).extracting(ApprovalRecord.SignatureLine::signer).containsExactly("qe.alice");
    }

    private static ApprovalRecord.Section section(ApprovalRecord record, String heading) {
        return record.sections().stream().filter(s -> s.heading().equals(heading)).findFirst().orElseThrow();
    }
}
