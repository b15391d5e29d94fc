package org.specloop.command.change;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.change.ApproveEngineeringChange;
import org.specloop.contracts.change.ChangeEvidenceCompleted;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.EngineeringChangeApproved;
import org.specloop.contracts.change.EngineeringChangePlanned;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.contracts.change.PlanEngineeringChange;
import org.specloop.contracts.qualification.CharacteristicAccountability;
import org.specloop.contracts.qualification.CharacteristicVerdict;
import org.specloop.contracts.qualification.FirstArticleInspectionRecorded;
import org.specloop.contracts.qualification.FirstArticleRecord;
import org.specloop.contracts.qualification.FirstArticleSummary;
import org.specloop.contracts.qualification.FirstArticleVerdict;
import org.specloop.contracts.qualification.PartAccountability;
import org.specloop.contracts.qualification.RecordFirstArticleInspection;
import org.specloop.contracts.qualification.RequalificationRecords;
import org.specloop.contracts.qualification.SampleResult;
import org.specloop.contracts.units.Characteristic;

import java.util.List;

import static org.specloop.command.change.ChangeHistory.*;
import static org.specloop.command.specification.Violations.violation;
import static org.specloop.contracts.common.SignatureMeaning.APPROVED;

/** A source change is approved on an accepted first article record, and the approval names the issue it signed. */
class EngineeringChangeFirstArticleTest {
    private static final String REASON = "FAI accepted, rig run within limits";
    private static final String POLICY = "system:requalification";
    private final FixtureConfiguration<EngineeringChange> fixture = fixture();

    static FirstArticleRecord record(double br) {
        boolean ok = br >= 1.28 && br <= 1.32;
        CharacteristicAccountability line = new CharacteristicAccountability(1, "SPEC-1 revision 1, characteristic 1", null,
                Characteristic.BR, 20, 1.28, 1.32, "T", "Br 1.28 .. 1.32 T at 20 degC",
                List.of(new SampleResult("LOT-1", "S1", 20, br, ok)), "Lab", ok ? null : "FAI-EC-1-NC01",
                ok ? CharacteristicVerdict.ACCEPTED : CharacteristicVerdict.REJECTED);
        return new FirstArticleRecord("FAI-EC-1", new PartAccountability("PN-1", "Magnet", List.of("LOT-1"), "SPEC-1", 1,
                "MAG-1", "SUP-1", "DETAIL", "FULL", "change of manufacturing source", !ok, true), List.of(),
                List.of(line), ok ? FirstArticleVerdict.ACCEPTED : FirstArticleVerdict.REJECTED);
    }

    static FirstArticleRecord incomplete() {
        FirstArticleRecord accepted = record(1.30);
        return new FirstArticleRecord(accepted.reportNumber(), accepted.part(), List.of(), List.of(accepted.characteristics().get(0),
                new CharacteristicAccountability(2, "SPEC-1 revision 1, characteristic 2", null, Characteristic.HCJ, 150, 450.0,
                        null, "kA/m", "HcJ >= 450 kA/m at 150 degC", List.of(), null, null, CharacteristicVerdict.MISSING)),
                FirstArticleVerdict.INCOMPLETE);
    }

    private static EngineeringChangePlanned plannedWithRecords(Boolean firstArticle, Integer ppapLevel) {
        return new EngineeringChangePlanned(CHANGE, PLAN, DUE, "alice", new RequalificationRecords(firstArticle, ppapLevel));
    }

    private static Object[] completeWith(Object plan, Object... more) {
        List<Object> events = new java.util.ArrayList<>(List.of(raised(), plan, evidence("fai", "MEAS-1", 1, 2),
                evidence("fai", "MEAS-2", 2, 2), evidence("rig", "RUN-7", 1, 1), new ChangeEvidenceCompleted(CHANGE, EARLIER)));
        events.addAll(List.of(more));
        return events.toArray();
    }

    private static FirstArticleInspectionRecorded recorded(int issue, FirstArticleRecord record) {
        return new FirstArticleInspectionRecorded(CHANGE, issue, record, POLICY, EARLIER);
    }

    @Test
    void aNewRecordIsTheNextIssue() {
        fixture.given(raised(), plannedWithRecords(null, null), recorded(1, incomplete()))
                .when(new RecordFirstArticleInspection(CHANGE, record(1.30), POLICY))
                .expectEvents(new FirstArticleInspectionRecorded(CHANGE, 2, record(1.30), POLICY, NOW));
    }

    @Test
    void anUnchangedRecordIsNoNews() {
        fixture.given(raised(), plannedWithRecords(null, null), recorded(1, record(1.30)))
                .when(new RecordFirstArticleInspection(CHANGE, record(1.30), POLICY))
                .expectNoEvents();
    }

    @Test
    void onlyASourceChangeHasAFirstArticleRecord() {
        fixture.given(new EngineeringChangeRaised(CHANGE, ChangeTrigger.MANUAL, "Coating change", null, "SPEC-1", List.of(),
                        List.of(), RAISER, EARLIER))
                .when(new RecordFirstArticleInspection(CHANGE, record(1.30), POLICY))
                .expectException(violation("first-article-not-applicable"));
    }

    @Test
    void theApprovalCarriesTheAcceptedFirstArticleItSigned() {
        fixture.given(completeWith(plannedWithRecords(null, 3), recorded(1, incomplete()), recorded(2, record(1.30))))
                .when(new ApproveEngineeringChange(CHANGE, "bob", REASON, APPROVED))
                .expectEvents(new EngineeringChangeApproved(CHANGE, "bob", REASON, APPROVED, NOW,
                        new FirstArticleSummary("FAI-EC-1", 2, FirstArticleVerdict.ACCEPTED, 1, 0, 0), 3));
    }

    @Test
    void aRejectedFirstArticleRefusesTheApprovalNamingTheNonconformance() {
        fixture.given(completeWith(plannedWithRecords(null, null), recorded(1, record(1.35))))
                .when(new ApproveEngineeringChange(CHANGE, "bob", REASON, APPROVED))
                .expectException(violation("first-article-not-accepted"))
                .expectExceptionMessage("first article FAI-EC-1 issue 1 is REJECTED: rejected char 1 Br@20degC"
                        + " (FAI-EC-1-NC01: LOT-1/S1 1.35 outside Br 1.28 .. 1.32 T at 20 degC)");
    }

    @Test
    void anIncompleteFirstArticleRefusesTheApprovalNamingWhatIsNotMeasured() {
        fixture.given(completeWith(plannedWithRecords(true, null), recorded(1, incomplete())))
                .when(new ApproveEngineeringChange(CHANGE, "bob", REASON, APPROVED))
                .expectException(violation("first-article-not-accepted"))
                .expectExceptionMessage("first article FAI-EC-1 issue 1 is INCOMPLETE: not measured char 2 HcJ@150degC");
    }

    @Test
    void noFirstArticleYetRefusesTheApproval() {
        fixture.given(completeWith(plannedWithRecords(null, null)))
                .when(new ApproveEngineeringChange(CHANGE, "bob", REASON, APPROVED))
                .expectException(violation("first-article-missing"));
    }

    @Test
    void aSpecThatAsksForNoFirstArticleIsApprovedWithoutOne() {
        fixture.given(completeWith(plannedWithRecords(false, null), recorded(1, record(1.35))))
                .when(new ApproveEngineeringChange(CHANGE, "bob", REASON, APPROVED))
                .expectEvents(new EngineeringChangeApproved(CHANGE, "bob", REASON, APPROVED, NOW,
                        new FirstArticleSummary("FAI-EC-1", 1, FirstArticleVerdict.REJECTED, 0, 1, 0), null));
    }

    @Test
    void aPlanFromBeforePlansStatedTheirRecordsAsksForNoFirstArticle() {
        fixture.given(evidenceComplete())
                .when(new ApproveEngineeringChange(CHANGE, "bob", REASON, APPROVED))
                .expectEvents(new EngineeringChangeApproved(CHANGE, "bob", REASON, APPROVED, NOW, null, null));
    }

    @Test
    void aPpapLevelOutsideOneToFiveIsRefused() {
        fixture.given(raised())
                .when(new PlanEngineeringChange(CHANGE, PLAN, DUE, "alice", new RequalificationRecords(null, 6)))
                .expectException(violation("invalid-ppap-level"));
    }
}
