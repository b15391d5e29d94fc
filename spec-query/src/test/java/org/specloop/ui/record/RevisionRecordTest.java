package org.specloop.ui.record;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.specification.CharacteristicLimit;
import org.specloop.contracts.specification.RevisionContent;
import org.specloop.contracts.specification.RevisionReviewed;
import org.specloop.contracts.specification.SourcingRules;
import org.specloop.contracts.units.Characteristic;
import org.specloop.loop.policy.ControlChartView;
import org.specloop.query.specification.RevisionView;
import org.specloop.query.specification.SpecificationSummary;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionRecordTest {
    private static final SpecificationSummary SPEC = new SpecificationSummary("SPEC-RTR-42SH", "RTR-MAG-42SH-01", "42SH",
            "Rotor magnet 42SH", 1, "revision 1 in force", "qe.alice", Instant.parse("2026-01-01T08:00:00Z"));

    private static RevisionContent content(double hcjMin) {
        return new RevisionContent(List.of(
                new CharacteristicLimit(Characteristic.HCJ, hcjMin, null, null, 20.0, "IEC 60404-8-1"),
                new CharacteristicLimit(Characteristic.BR, 1.29, null, null, 150.0, null)),
                List.of(), SourcingRules.none(), 150.0);
    }

    private static final RevisionView FIRST = new RevisionView("SPEC-RTR-42SH", 1, "EFFECTIVE", content(1592), "qe.alice",
            "initial", Instant.parse("2026-01-01T08:00:00Z"), "qe.alice", null, "qe.bob", null, "ok", "APPROVED",
            null, null, Instant.parse("2026-01-02T00:00:00Z"), null, null, null, null);

    private static final RevisionView SECOND = new RevisionView("SPEC-RTR-42SH", 2, "APPROVED", content(1600), "qe.alice",
            "tighten HcJ after drift", Instant.parse("2026-03-01T09:00:00Z"), "qe.alice", Instant.parse("2026-03-01T09:05:00Z"),
            "qe.bob", null, "evidence is complete", "APPROVED", Instant.parse("2026-03-02T10:15:30Z"), null,
            Instant.parse("2026-04-01T00:00:00Z"), null, null, null, null);

    private static final ControlChartView CHART = new ControlChartView("MAG-DE-1", "RTR-MAG-42SH-01", "HCJ", "kA/m", "I_MR",
            20, false, new ControlChartView.Limits(1610.0, 1650.0, 1690.0), null, 13.3, List.of("WE1"),
            List.of(new ControlChartView.Point(0, "LOT-1", 1650, null, 5, Instant.parse("2026-02-01T00:00:00Z"), "I", List.of()),
                    new ControlChartView.Point(1, "LOT-2", 1700, 50.0, 4, Instant.parse("2026-02-02T00:00:00Z"), "I",
                            List.of("WE1"))),
            List.of(new ControlChartView.SignalView("WE1", 1, "LOT-2", "I")));

    @Test
    void statesWhatChangedTheEvidenceAndEverySignatureInOrderOfTime() {
        RevisionReviewed review = new RevisionReviewed("SPEC-RTR-42SH", 2, "qe.carol", "limits checked",
                SignatureMeaning.REVIEWED, Instant.parse("2026-03-02T08:00:00Z"));
        RevisionReviewed otherRevision = new RevisionReviewed("SPEC-RTR-42SH", 3, "qe.carol", "not this one",
                SignatureMeaning.REVIEWED, Instant.parse("2026-03-02T08:30:00Z"));

        ApprovalRecord record = RevisionRecord.of(SPEC, SECOND, FIRST, Map.of(Characteristic.HCJ, List.of(CHART))::get,
                List.of(otherRevision, review), Instant.parse("2026-05-01T12:00:00Z"));

        assertThat(record.title()).isEqualTo("Approval record: SPEC-RTR-42SH revision 2");
        assertThat(record.facts()).contains(new ApprovalRecord.Fact("Part", "RTR-MAG-42SH-01"),
                new ApprovalRecord.Fact("Grade", "42SH"), new ApprovalRecord.Fact("Status", "APPROVED"),
                new ApprovalRecord.Fact("Compared with", "revision 1 (EFFECTIVE)"),
                new ApprovalRecord.Fact("Effective", "2026-04-01 00:00:00 UTC until further notice"));
        ApprovalRecord.Section diff = record.sections().get(0);
        assertThat(diff.heading()).isEqualTo("What changed against revision 1");
        assertThat(diff.rows()).containsExactly(List.of("characteristics/HCJ@20degC/min", "CHANGED", "1592 kA/m", "1600 kA/m"));
        assertThat(record.sections().get(1).rows()).contains(List.of("HcJ", "20 °C", "1600 kA/m", "—", "—", "IEC 60404-8-1"));
        assertThat(record.sections().get(2).rows()).containsExactly(
                List.of("HcJ at 20 °C", "MAG-DE-1", "2", "9", "1610 kA/m to 1690 kA/m (provisional)", "WE1 at LOT-2"),
                List.of("Br at 150 °C", "—", "not charted: the loop charts at 20 °C only", "", "", ""));
        assertThat(record.signatures()).containsExactly(
                new ApprovalRecord.SignatureLine("Drafted (author)", "qe.alice", "2026-03-01 09:00:00 UTC", "AUTHORED",
                        "tighten HcJ after drift"),
                new ApprovalRecord.SignatureLine("Proposed for approval", "qe.alice", "2026-03-01 09:05:00 UTC", "PROPOSED", "—"),
                new ApprovalRecord.SignatureLine("Review signature", "qe.carol", "2026-03-02 08:00:00 UTC", "REVIEWED",
                        "limits checked"),
                new ApprovalRecord.SignatureLine("Approval signature", "qe.bob", "2026-03-02 10:15:30 UTC", "APPROVED",
                        "evidence is complete"));
        assertThat(record.generatedAt()).isEqualTo("2026-05-01 12:00:00 UTC");
    }

    @Test
    void aDiscardedDraftListsWhoDiscardedItAndWhy() {
        RevisionView discarded = new RevisionView("SPEC-RTR-42SH", 3, "DISCARDED", content(1610), "qe.alice", "try 1610",
                Instant.parse("2026-03-05T09:00:00Z"), null, null, null, null, "superseded by the drift change", null, null,
                null, null, null, null, "qe.alice", Instant.parse("2026-03-06T09:00:00Z"));

        ApprovalRecord record = RevisionRecord.of(SPEC, discarded, SECOND, c -> List.of(), List.of(), Instant.EPOCH);

        assertThat(record.signatures()).last().isEqualTo(new ApprovalRecord.SignatureLine("Discarded (draft)", "qe.alice",
                "2026-03-06 09:00:00 UTC", "DISCARDED", "superseded by the drift change"));
    }

    @Test
    void aFirstRevisionIsComparedWithNothingAndAChartlessLimitSaysSo() {
        ApprovalRecord record = RevisionRecord.of(SPEC, FIRST, null, c -> List.of(), List.of(), Instant.EPOCH);

        assertThat(record.facts()).contains(new ApprovalRecord.Fact("Compared with", "nothing (first revision)"));
        assertThat(record.sections().get(0).heading()).isEqualTo("What changed (first revision: everything is new)");
        assertThat(record.sections().get(0).rows()).contains(
                List.of("characteristics/HCJ@20degC/min", "ADDED", "—", "1592 kA/m"));
        assertThat(record.sections().get(2).rows()).first().isEqualTo(List.of("HcJ at 20 °C", "—", "no evidence yet", "", "", ""));
        assertThat(record.signatures()).extracting(ApprovalRecord.SignatureLine::action)
                .containsExactly("Drafted (author)", "Proposed for approval", "Approval signature");
    }
}
