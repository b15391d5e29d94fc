package org.specloop.query.change;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.change.ChangeEvidenceRecorded;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.EngineeringChangeApproved;
import org.specloop.contracts.change.EngineeringChangePlanned;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.contracts.change.PlanItem;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.qualification.CharacteristicAccountability;
import org.specloop.contracts.qualification.CharacteristicVerdict;
import org.specloop.contracts.qualification.FirstArticleInspectionRecorded;
import org.specloop.contracts.qualification.FirstArticleRecord;
import org.specloop.contracts.qualification.FirstArticleSummary;
import org.specloop.contracts.qualification.FirstArticleVerdict;
import org.specloop.contracts.qualification.PartAccountability;
import org.specloop.contracts.qualification.PpapRequirement;
import org.specloop.contracts.qualification.RequalificationRecords;
import org.specloop.contracts.qualification.SampleResult;
import org.specloop.contracts.units.Characteristic;
import org.specloop.query.QueryDatabase;
import org.specloop.query.shared.PageQuery;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.query.Fixtures.at;

class ChangeFirstArticleProjectionTest {
    private final QueryDatabase db = new QueryDatabase();
    private final ChangeProjection projection = new ChangeProjection(db.jdbc, db.json, db.history);
    private final ChangeReadModel readModel = new ChangeReadModel(db.jdbc, db.json);

    private static FirstArticleRecord record(double br) {
        boolean ok = br <= 1.32;
        return new FirstArticleRecord("FAI-EC-1", new PartAccountability("PN-1", "Rotor magnet", List.of("LOT-1"), "SPEC-1", 2,
                "MAG-1", "SUP-1", "DETAIL", "FULL", "change of manufacturing source: ALLOY_MAKER A -> B", !ok, true), List.of(),
                List.of(new CharacteristicAccountability(1, "SPEC-1 revision 2, characteristic 1", null, Characteristic.BR, 20,
                        1.28, 1.32, "T", "Br 1.28 .. 1.32 T at 20 degC", List.of(new SampleResult("LOT-1", "S1", 20, br, ok)),
                        "Lab", ok ? null : "FAI-EC-1-NC01", ok ? CharacteristicVerdict.ACCEPTED : CharacteristicVerdict.REJECTED)),
                ok ? FirstArticleVerdict.ACCEPTED : FirstArticleVerdict.REJECTED);
    }

    private void raisedAndPlanned(Integer ppapLevel) {
        projection.on(new EngineeringChangeRaised("EC-1", ChangeTrigger.SOURCE_CHANGE, "Alloy swap", null, "SPEC-1", List.of(),
                List.of("LOT-1"), "system:sourcing-check", at(0)), at(0), "e1");
        projection.on(new EngineeringChangePlanned("EC-1", List.of(new PlanItem("FAI-20C", "at 20", "MEASUREMENT@20degC", 1),
                new PlanItem("PPAP-01", "design records", "PPAP_ELEMENT", 1), new PlanItem("PPAP-18", "warrant", "PPAP_ELEMENT", 1)),
                LocalDate.parse("2026-04-30"), "system:requalification", new RequalificationRecords(null, ppapLevel)), at(1), "e2");
    }

    @Test
    void the_latest_issue_of_the_record_is_read_back_whole() {
        raisedAndPlanned(null);
        projection.on(new FirstArticleInspectionRecorded("EC-1", 1, record(1.35), "system:requalification", at(2)), at(2), "e3");
        projection.on(new FirstArticleInspectionRecorded("EC-1", 2, record(1.30), "system:requalification", at(3)), at(3), "e4");

        FirstArticleView view = readModel.firstArticle("EC-1").orElseThrow();

        assertThat(view.issue()).isEqualTo(2);
        assertThat(view.required()).isTrue();
        assertThat(view.record()).isEqualTo(record(1.30));
        assertThat(readModel.one("EC-1").orElseThrow().requalification().firstArticle())
                .isEqualTo(new FirstArticleSummary("FAI-EC-1", 2, FirstArticleVerdict.ACCEPTED, 1, 0, 0));
        assertThat(db.history.page(ChangeReadModel.OBJECT_TYPE, "EC-1", PageQuery.unsorted(null, null)).items())
                .extracting(h -> h.summary()).contains("first article FAI-EC-1 issue 1: REJECTED (0 accepted, 1 rejected, 0 not measured)");
    }

    @Test
    void the_approval_record_names_the_first_article_issue_it_signed() {
        raisedAndPlanned(null);
        FirstArticleSummary signed = new FirstArticleSummary("FAI-EC-1", 2, FirstArticleVerdict.ACCEPTED, 1, 0, 0);
        projection.on(new EngineeringChangeApproved("EC-1", "bob", "FAI accepted", SignatureMeaning.APPROVED, at(4), signed, null),
                at(4), "e5");

        ChangeView change = readModel.one("EC-1").orElseThrow();

        assertThat(change.requalification().signedFirstArticle()).isEqualTo(signed);
        assertThat(db.history.page(ChangeReadModel.OBJECT_TYPE, "EC-1", PageQuery.unsorted(null, null)).items())
                .extracting(h -> h.summary()).contains("approved: FAI accepted (on first article FAI-EC-1 issue 2, ACCEPTED)");
    }

    @Test
    void a_change_without_a_record_or_a_ppap_level_has_neither() {
        raisedAndPlanned(null);

        assertThat(readModel.firstArticle("EC-1")).isEmpty();
        assertThat(readModel.ppap("EC-1")).isEmpty();
    }

    @Test
    void the_ppap_submission_shows_every_element_at_the_plans_level() {
        raisedAndPlanned(1);
        projection.on(new ChangeEvidenceRecorded("EC-1", "PPAP-01", "specification:SPEC-1/revision-2", 1, 1,
                "system:requalification"), at(2), "e6");

        PpapSubmissionView ppap = readModel.ppap("EC-1").orElseThrow();

        assertThat(ppap.submissionLevel()).isEqualTo(1);
        assertThat(ppap.elements()).hasSize(18);
        assertThat(ppap.elements().get(0).status()).isEqualTo("COMPLETE");
        assertThat(ppap.elements().get(0).evidenceReferences()).containsExactly("specification:SPEC-1/revision-2");
        assertThat(ppap.elements().get(3).requirement()).isEqualTo(PpapRequirement.RETAIN);
        assertThat(ppap.elements().get(3).status()).isEqualTo("RETAINED");
        assertThat(ppap.elements().get(12).status()).isEqualTo("NOT_APPLICABLE");
        assertThat(ppap.elements().get(17).status()).isEqualTo("PENDING");
        assertThat(ppap.warrantStatus()).isEqualTo("OPEN");

        projection.on(new ChangeEvidenceRecorded("EC-1", "PPAP-18", "PSW-4711 signed by supplier", 1, 1, "alice"), at(3), "e7");
        assertThat(readModel.ppap("EC-1").orElseThrow().warrantStatus()).isEqualTo("READY");
    }
}
