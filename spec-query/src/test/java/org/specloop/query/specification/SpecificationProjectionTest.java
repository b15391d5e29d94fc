package org.specloop.query.specification;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.contracts.specification.RevisionApproved;
import org.specloop.contracts.specification.RevisionBecameEffective;
import org.specloop.contracts.specification.RevisionDrafted;
import org.specloop.contracts.specification.RevisionProposed;
import org.specloop.contracts.specification.RevisionRejected;
import org.specloop.contracts.specification.DraftRevisionEdited;
import org.specloop.contracts.specification.RevisionDiscarded;
import org.specloop.contracts.specification.SpecificationCreated;
import org.specloop.query.QueryDatabase;
import org.specloop.query.shared.HistoryEntry;
import org.specloop.query.shared.PageQuery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.query.Fixtures.at;
import static org.specloop.query.Fixtures.content42SH;

class SpecificationProjectionTest {
    private final QueryDatabase db = new QueryDatabase();
    private final SpecificationProjection projection = new SpecificationProjection(db.jdbc, db.json, db.history);
    private final SpecificationReadModel readModel = new SpecificationReadModel(db.jdbc, db.json);

    @Test
    void a_created_specification_is_listed_by_part_number() {
        created("S-1", "P-100");
        created("S-2", "P-200");

        assertThat(readModel.find("P-100", null, page()).items()).extracting(SpecificationSummary::specificationId)
                .containsExactly("S-1");
    }

    @Test
    void a_drafted_revision_keeps_its_content_and_author() {
        created("S-1", "P-100");
        projection.on(new RevisionDrafted("S-1", "P-100", 1, content42SH(1592), "first issue", "ann"), at(1), "e2");

        RevisionView revision = readModel.revision("S-1", 1).orElseThrow();

        assertThat(revision.status()).isEqualTo("DRAFT");
        assertThat(revision.content()).isEqualTo(content42SH(1592));
        assertThat(revision.author()).isEqualTo("ann");
    }

    @Test
    void an_approval_records_the_signature_and_the_effective_date() {
        draftedAndProposed();
        projection.on(new RevisionApproved("S-1", 1, "bob", "data reviewed", SignatureMeaning.APPROVED, at(3), at(60)),
                at(3), "e4");

        RevisionView revision = readModel.revision("S-1", 1).orElseThrow();

        assertThat(revision.status()).isEqualTo("APPROVED");
        assertThat(revision.proposer()).isEqualTo("ann");
        assertThat(revision.approver()).isEqualTo("bob");
        assertThat(revision.signatureMeaning()).isEqualTo("APPROVED");
        assertThat(revision.effectiveFrom()).isEqualTo(at(60));
    }

    @Test
    void a_rejection_records_who_and_why() {
        draftedAndProposed();
        projection.on(new RevisionRejected("S-1", 1, "bob", "no motor evidence", at(3)), at(3), "e4");

        RevisionView revision = readModel.revision("S-1", 1).orElseThrow();

        assertThat(revision.status()).isEqualTo("REJECTED");
        assertThat(revision.rejector()).isEqualTo("bob");
        assertThat(revision.decisionReason()).isEqualTo("no motor evidence");
    }

    @Test
    void an_edited_draft_shows_the_new_content_and_keeps_its_author() {
        created("S-1", "P-100");
        projection.on(new RevisionDrafted("S-1", "P-100", 1, content42SH(1592), "first issue", "ann"), at(1), "e2");
        projection.on(new DraftRevisionEdited("S-1", 1, content42SH(1600), "HcJ after rig 3", "carl"), at(2), "e3");

        RevisionView revision = readModel.revision("S-1", 1).orElseThrow();

        assertThat(revision.status()).isEqualTo("DRAFT");
        assertThat(revision.content()).isEqualTo(content42SH(1600));
        assertThat(revision.draftReason()).isEqualTo("HcJ after rig 3");
        assertThat(revision.author()).isEqualTo("ann");
        assertThat(db.history.page(SpecificationReadModel.OBJECT_TYPE, "S-1", page()).items())
                .extracting(HistoryEntry::actor, HistoryEntry::summary)
                .contains(org.assertj.core.groups.Tuple.tuple("carl", "edited draft revision 1: HcJ after rig 3"));
    }

    @Test
    void a_discarded_draft_is_no_longer_open() {
        created("S-1", "P-100");
        projection.on(new RevisionBecameEffective("S-1", "P-100", "42SH", 1, at(1), null, content42SH(1592)), at(1), "e2");
        projection.on(new RevisionDrafted("S-1", "P-100", 2, content42SH(1650), "tighter", "ann"), at(2), "e3");
        projection.on(new RevisionDiscarded("S-1", 2, "carl", "wrong grade", at(3)), at(3), "e4");

        RevisionView revision = readModel.revision("S-1", 2).orElseThrow();

        assertThat(revision.status()).isEqualTo("DISCARDED");
        assertThat(revision.discardedBy()).isEqualTo("carl");
        assertThat(revision.discardedAt()).isEqualTo(at(3));
        assertThat(revision.decisionReason()).isEqualTo("wrong grade");
        assertThat(readModel.summary("S-1").orElseThrow().statusSummary()).isEqualTo("rev 1 effective");
    }

    @Test
    void a_newly_effective_revision_supersedes_the_previous_one() {
        created("S-1", "P-100");
        projection.on(new RevisionBecameEffective("S-1", "P-100", "42SH", 1, at(1), null, content42SH(1592)), at(1), "e2");
        projection.on(new RevisionBecameEffective("S-1", "P-100", "42SH", 2, at(9), 1, content42SH(1650)), at(9), "e3");

        assertThat(readModel.revision("S-1", 1).orElseThrow().status()).isEqualTo("SUPERSEDED");
        assertThat(readModel.revision("S-1", 1).orElseThrow().effectiveUntil()).isEqualTo(at(9));
        assertThat(readModel.summary("S-1").orElseThrow().effectiveRevision()).isEqualTo(2);
    }

    @Test
    void the_status_summary_names_open_and_effective_revisions() {
        created("S-1", "P-100");
        projection.on(new RevisionBecameEffective("S-1", "P-100", "42SH", 1, at(1), null, content42SH(1592)), at(1), "e2");
        projection.on(new RevisionDrafted("S-1", "P-100", 2, content42SH(1650), "tighter", "ann"), at(2), "e3");

        assertThat(readModel.summary("S-1").orElseThrow().statusSummary()).isEqualTo("rev 1 effective; rev 2 draft");
    }

    @Test
    void replaying_the_same_events_changes_nothing() {
        draftedAndProposed();
        draftedAndProposed();

        assertThat(db.count("SELECT COUNT(*) FROM q_spec_revision")).isEqualTo(1);
        assertThat(db.count("SELECT COUNT(*) FROM object_history")).isEqualTo(3);
    }

    @Test
    void the_history_tells_who_did_what_in_order() {
        draftedAndProposed();

        assertThat(db.history.page(SpecificationReadModel.OBJECT_TYPE, "S-1", page()).items())
                .extracting(HistoryEntry::eventType, HistoryEntry::actor).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("SpecificationCreated", "ann"),
                        org.assertj.core.groups.Tuple.tuple("RevisionDrafted", "ann"),
                        org.assertj.core.groups.Tuple.tuple("RevisionProposed", "ann"));
    }

    @Test
    void a_reset_empties_the_projection_for_a_rebuild() {
        draftedAndProposed();

        projection.reset();

        assertThat(db.count("SELECT COUNT(*) FROM q_specification")).isZero();
        assertThat(db.count("SELECT COUNT(*) FROM object_history")).isZero();
    }

    private void created(String id, String partNumber) {
        projection.on(new SpecificationCreated(id, partNumber, "42SH", "Rotor magnet", "ann"), at(0), "created-" + id);
    }

    private void draftedAndProposed() {
        created("S-1", "P-100");
        projection.on(new RevisionDrafted("S-1", "P-100", 1, content42SH(1592), "first issue", "ann"), at(1), "e2");
        projection.on(new RevisionProposed("S-1", 1, "ann", at(2)), at(2), "e3");
    }

    private static PageQuery page() {
        return PageQuery.parse(null, null, null, SpecificationReadModel.SORTABLE, "partNumber");
    }
}
