package org.specloop.query.change;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.change.ChangeEvidenceCompleted;
import org.specloop.contracts.change.ChangeEvidenceRecorded;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.DriftEvidence;
import org.specloop.contracts.change.EngineeringChangeApproved;
import org.specloop.contracts.change.EngineeringChangePlanned;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.contracts.change.LotAttachedToChange;
import org.specloop.contracts.change.PlanItem;
import org.specloop.contracts.change.SourceSwap;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.source.Tier;
import org.specloop.query.QueryDatabase;
import org.specloop.query.shared.PageQuery;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.query.Fixtures.at;

class ChangeProjectionTest {
    private final QueryDatabase db = new QueryDatabase();
    private final ChangeProjection projection = new ChangeProjection(db.jdbc, db.json, db.history);
    private final ChangeReadModel readModel = new ChangeReadModel(db.jdbc, db.json);

    @Test
    void a_raised_change_holds_its_source_swap_and_affected_lots() {
        raised("EC-1", "S-1");

        ChangeView change = readModel.one("EC-1").orElseThrow();

        assertThat(change.change().status()).isEqualTo("RAISED");
        assertThat(change.sourceChanges()).containsExactly(new SourceSwap(Tier.SEPARATOR, "SEP-1", "SEP-2"));
        assertThat(change.lots()).containsExactly("L-1");
    }

    @Test
    void a_description_of_any_accepted_length_is_kept_whole() {
        String description = "Lots from L-1 on: " + "L-0000000001, ".repeat(7_000);
        projection.on(new EngineeringChangeRaised("EC-9", ChangeTrigger.DRIFT, "Drift of Br", description, null, List.of(),
                List.of("L-1"), "loop:spc", at(0)), at(0), "raise-EC-9");

        assertThat(readModel.one("EC-9").orElseThrow().description()).isEqualTo(description);
    }

    @Test
    void a_drift_change_keeps_its_structured_evidence_and_older_changes_have_none() {
        DriftEvidence evidence = new DriftEvidence("MAG-B", "PN-42SH", "BR", "T", "BR", "CUSUM_LOWER", "L-7", "L-9", 1.301,
                -5.6, 1.315, 1.306, 1.324, 0.003, 100, true);
        projection.on(new EngineeringChangeRaised("EC-D", ChangeTrigger.DRIFT, "Drift of Br", "text", null, List.of(),
                List.of("L-7"), "loop:spc", at(0), evidence), at(0), "raise-EC-D");
        projection.on(new EngineeringChangeRaised("EC-OLD", ChangeTrigger.DRIFT, "Drift of Br", "text", null, List.of(),
                List.of("L-1"), "loop:spc", at(0)), at(0), "raise-EC-OLD");

        assertThat(readModel.one("EC-D").orElseThrow().drift()).isEqualTo(evidence);
        assertThat(readModel.one("EC-OLD").orElseThrow().drift()).isNull();
    }

    @Test
    void a_plan_lists_required_evidence_with_nothing_received_yet() {
        raised("EC-1", "S-1");
        planned();

        ChangeView change = readModel.one("EC-1").orElseThrow();

        assertThat(change.change().status()).isEqualTo("PLANNED");
        assertThat(change.change().dueDate()).isEqualTo("2026-03-31");
        assertThat(change.planItems()).extracting(PlanItemView::itemId, PlanItemView::received, PlanItemView::required)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("FAI", 0, 5));
    }

    @Test
    void recorded_evidence_counts_towards_its_item() {
        raised("EC-1", "S-1");
        planned();
        ChangeEvidenceRecorded evidence = new ChangeEvidenceRecorded("EC-1", "FAI", "M-7", 1, 5, "lab");
        projection.on(evidence, at(3), "ev1");
        projection.on(evidence, at(3), "ev1");

        PlanItemView item = readModel.one("EC-1").orElseThrow().planItems().get(0);

        assertThat(item.received()).isEqualTo(1);
        assertThat(item.evidenceReferences()).containsExactly("M-7");
    }

    @Test
    void an_approval_records_the_decision_and_signature() {
        raised("EC-1", "S-1");
        planned();
        projection.on(new ChangeEvidenceCompleted("EC-1", at(4)), at(4), "done");
        projection.on(new EngineeringChangeApproved("EC-1", "carol", "FAI passed", SignatureMeaning.APPROVED, at(5)),
                at(5), "ok");

        ChangeView change = readModel.one("EC-1").orElseThrow();

        assertThat(change.change().status()).isEqualTo("APPROVED");
        assertThat(change.change().decidedBy()).isEqualTo("carol");
        assertThat(change.signatureMeaning()).isEqualTo("APPROVED");
        assertThat(change.evidenceCompleteAt()).isEqualTo(at(4));
    }

    @Test
    void an_attached_lot_joins_the_change_once() {
        raised("EC-1", "S-1");
        projection.on(new LotAttachedToChange("EC-1", "L-2"), at(1), "a1");
        projection.on(new LotAttachedToChange("EC-1", "L-2"), at(1), "a1");

        assertThat(readModel.one("EC-1").orElseThrow().lots()).containsExactly("L-1", "L-2");
    }

    @Test
    void changes_filter_by_status_and_specification() {
        raised("EC-1", "S-1");
        raised("EC-2", "S-2");
        planned();
        PageQuery query = PageQuery.parse(null, null, null, ChangeReadModel.SORTABLE, "raisedAt,desc");

        assertThat(readModel.find("RAISED", "SOURCE_CHANGE", "S-2", query).items())
                .extracting(ChangeSummary::changeId).containsExactly("EC-2");
    }

    private void raised(String id, String specificationId) {
        projection.on(new EngineeringChangeRaised(id, ChangeTrigger.SOURCE_CHANGE, "Separator changed", "lot L-1 declares SEP-2",
                specificationId, List.of(new SourceSwap(Tier.SEPARATOR, "SEP-1", "SEP-2")), List.of("L-1"), "system", at(0)),
                at(0), "raise-" + id);
    }

    private void planned() {
        projection.on(new EngineeringChangePlanned("EC-1", List.of(new PlanItem("FAI", "first article", "measurement", 5)),
                LocalDate.parse("2026-03-31"), "dave"), at(2), "plan");
    }
}
