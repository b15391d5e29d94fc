package org.specloop.query.specification;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.specification.RevisionBecameEffective;
import org.specloop.contracts.specification.RevisionDiscarded;
import org.specloop.contracts.specification.RevisionDrafted;
import org.specloop.contracts.specification.RevisionProposed;
import org.specloop.contracts.specification.SpecificationCreated;
import org.specloop.query.QueryDatabase;
import org.specloop.query.shared.Page;
import org.specloop.query.shared.PageQuery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.specloop.query.Fixtures.at;
import static org.specloop.query.Fixtures.content42SH;

class SpecificationSearchTest {
    private final QueryDatabase db = new QueryDatabase();
    private final SpecificationProjection projection = new SpecificationProjection(db.jdbc, db.json, db.history);
    private final SpecificationSearch search = new SpecificationSearch(db.jdbc);

    @Test
    void finds_by_any_part_of_id_part_grade_or_title_ignoring_case() {
        created("SPEC-RTR-42SH", "RTR-MAG-42SH-01", "42SH", "Rotor magnet");
        created("SPEC-PUMP-38UH", "PN-PUMP-38UH", "38UH", "Pump rotor magnet");
        created("SPEC-FAN-N52", "FAN-7", "N52", "Fan segment");

        assertThat(ids("pump")).containsExactly("SPEC-PUMP-38UH");
        assertThat(ids("rotor")).containsExactly("SPEC-PUMP-38UH", "SPEC-RTR-42SH");
        assertThat(ids("n52")).containsExactly("SPEC-FAN-N52");
        assertThat(ids("mag-42")).containsExactly("SPEC-RTR-42SH");
        assertThat(ids(null)).hasSize(3);
    }

    @Test
    void wildcards_typed_into_the_search_are_searched_for_literally() {
        created("SPEC-A_1", "PA", "42SH", "100% NdFeB");
        created("SPEC-AB1", "PB", "42SH", "plain");

        assertThat(ids("a_1")).containsExactly("SPEC-A_1");
        assertThat(ids("%")).containsExactly("SPEC-A_1");
    }

    @Test
    void shows_the_open_revision_and_filters_by_where_revisions_stand() {
        created("S-DRAFT", "P1", "42SH", "one");
        created("S-PROPOSED", "P2", "42SH", "two");
        created("S-IN-FORCE", "P3", "42SH", "three");
        created("S-DISCARDED", "P4", "42SH", "four");
        drafted("S-DRAFT", 1);
        drafted("S-PROPOSED", 1);
        projection.on(new RevisionProposed("S-PROPOSED", 1, "ann", at(2)), at(2), "p");
        projection.on(new RevisionBecameEffective("S-IN-FORCE", "P3", "42SH", 1, at(1), null, content42SH(1592)), at(1), "e");
        drafted("S-DISCARDED", 1);
        projection.on(new RevisionDiscarded("S-DISCARDED", 1, "ann", "wrong", at(3)), at(3), "d");

        assertThat(search.find(null, null, page("specificationId")).items())
                .extracting(l -> l.spec().specificationId(), SpecificationListing::openRevision, SpecificationListing::openStatus)
                .containsExactly(tuple("S-DISCARDED", null, null), tuple("S-DRAFT", 1, "DRAFT"),
                        tuple("S-IN-FORCE", null, null), tuple("S-PROPOSED", 1, "PROPOSED"));
        assertThat(search.find(null, SpecificationSearch.State.DRAFT, page("specificationId")).items())
                .extracting(l -> l.spec().specificationId()).containsExactly("S-DRAFT");
        assertThat(search.find(null, SpecificationSearch.State.PROPOSED, page("specificationId")).items())
                .extracting(l -> l.spec().specificationId()).containsExactly("S-PROPOSED");
        assertThat(search.find(null, SpecificationSearch.State.NOTHING_IN_FORCE, page("specificationId")).items())
                .extracting(l -> l.spec().specificationId()).containsExactly("S-DISCARDED", "S-DRAFT", "S-PROPOSED");
    }

    @Test
    void pages_and_sorts_in_sql() {
        for (int i = 0; i < 5; i++) {
            created("S-" + i, "P-" + (4 - i), "42SH", "t" + i);
        }
        Page<SpecificationListing> second = search.find(null, null,
                PageQuery.parse("1", "2", "partNumber,desc", SpecificationReadModel.SORTABLE, "specificationId"));

        assertThat(second.total()).isEqualTo(5);
        assertThat(second.items()).extracting(l -> l.spec().partNumber()).containsExactly("P-2", "P-1");
    }

    private java.util.List<String> ids(String text) {
        return search.find(text, null, page("specificationId")).items().stream().map(l -> l.spec().specificationId()).toList();
    }

    private void created(String id, String part, String grade, String title) {
        projection.on(new SpecificationCreated(id, part, grade, title, "ann"), at(0), "created-" + id);
    }

    private void drafted(String id, int revision) {
        projection.on(new RevisionDrafted(id, "P", revision, content42SH(1592), "first", "ann"), at(1), "drafted-" + id);
    }

    private static PageQuery page(String sort) {
        return PageQuery.parse(null, null, sort, SpecificationReadModel.SORTABLE, "specificationId");
    }
}
