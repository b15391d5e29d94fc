package org.specloop.query.search;

import org.junit.jupiter.api.Test;
import org.specloop.query.QueryDatabase;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The search box's SQL, on the query migrations (H2, or PostgreSQL with -Dspecloop.query.postgresUrl). */
class SiteSearchTest {
    private final QueryDatabase db = new QueryDatabase();
    private final SiteSearch search = new SiteSearch(db.jdbc);

    @Test
    void aPercentOrAnUnderscoreInTheQueryMatchesItselfNotAnyText() {
        lot("LOT_1");
        lot("LOTX1");
        lot("LOT-100%");
        lot("LOT-1000");
        spec("SPEC-A", "PN-A", "42SH", "100% recycled NdFeB");
        spec("SPEC-B", "PN-B", "42SH", "plain");

        assertThat(lotIds("lot_1")).containsExactly("LOT_1");
        assertThat(lotIds("100%")).containsExactly("LOT-100%");
        assertThat(lotIds("%")).containsExactly("LOT-100%");
        assertThat(lotIds("_")).containsExactly("LOT_1");
        assertThat(search.find(SearchQuery.parse("0%")).specifications().items())
                .extracting(SearchResults.SpecificationHit::specificationId).containsExactly("SPEC-A");
    }

    @Test
    void aBackslashIsSearchedForLiterallyToo() {
        lot("LOT\\7");
        lot("LOT7");

        assertThat(lotIds("t\\7")).containsExactly("LOT\\7");
    }

    @Test
    void findsEachKindByPartOfWhatPeopleKnowItByIgnoringCase() {
        spec("SPEC-RTR-38UH", "RTR-MAG-38UH-01", "38UH", "Rotor magnet");
        lot("LOT-38UH-1027", "RTR-MAG-38UH-01", "MAG-JP-1");
        lot("LOT-38UH-1026", "RTR-MAG-38UH-01", "MAG-JP-1");
        lot("LOT-42SH-0001", "PN-LOTS-ONLY", "MAG-DE-1");
        run("RUN-1027", "M7-1027", "PUMP-M7", "LOT-38UH-1027", "LOT-38UH-1026");
        source("MAG-JP-1", "Takefu Magnet Works", "MAGNET_MAKER", "JP");
        source("MINE-AU-1", "Yilgarn Rare Earths", "MINE", "AU");

        SearchResults uh = search.find(SearchQuery.parse("38uh"));
        assertThat(uh.specifications().items()).extracting(SearchResults.SpecificationHit::specificationId)
                .containsExactly("SPEC-RTR-38UH");
        assertThat(uh.partNumbers().items()).extracting(SearchResults.PartNumberHit::partNumber,
                SearchResults.PartNumberHit::specifications, SearchResults.PartNumberHit::lots)
                .containsExactly(tuple("RTR-MAG-38UH-01", 1L, 2L));
        assertThat(uh.lots().total()).isEqualTo(2);

        SearchResults motor = search.find(SearchQuery.parse("m7-1027"));
        assertThat(motor.motors().items()).extracting(SearchResults.MotorHit::runId, SearchResults.MotorHit::motorDesign,
                SearchResults.MotorHit::lotIds).containsExactly(tuple("RUN-1027", "PUMP-M7",
                List.of("LOT-38UH-1026", "LOT-38UH-1027")));

        assertThat(search.find(SearchQuery.parse("takefu")).sources().items())
                .extracting(SearchResults.SourceHit::sourceId, SearchResults.SourceHit::magnetMaker)
                .containsExactly(tuple("MAG-JP-1", true));
        assertThat(search.find(SearchQuery.parse("lots-only")).partNumbers().items())
                .extracting(SearchResults.PartNumberHit::specifications).containsExactly(0L);
    }

    @Test
    void listsAtMostPerKindWithTheExactIdFirstAndCountsEveryMatch() {
        for (int i = 0; i < SiteSearch.PER_KIND + 5; i++) {
            lot("LOT-9" + String.format("%03d", i));
        }
        lot("LOT-9");

        Hits<SearchResults.LotHit> found = search.find(SearchQuery.parse("lot-9")).lots();

        assertThat(found.items()).hasSize(SiteSearch.PER_KIND);
        assertThat(found.items().get(0).lotId()).isEqualTo("LOT-9");
        assertThat(found.total()).isEqualTo(SiteSearch.PER_KIND + 6);
        assertThat(found.more()).isTrue();
    }

    @Test
    void anEmptyOrOverlongQueryIsRefused() {
        assertThatThrownBy(() -> SearchQuery.parse("  ")).isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("q must not be empty");
        assertThatThrownBy(() -> SearchQuery.parse("x".repeat(SearchQuery.MAX_LENGTH + 1)))
                .isInstanceOf(ResponseStatusException.class).hasMessageContaining("at most 100 characters");
        assertThat(SearchQuery.parse(" " + "x".repeat(SearchQuery.MAX_LENGTH) + " ").text()).hasSize(SearchQuery.MAX_LENGTH);
    }

    private List<String> lotIds(String q) {
        return search.find(SearchQuery.parse(q)).lots().items().stream().map(SearchResults.LotHit::lotId).toList();
    }

    private void lot(String id) {
        lot(id, "PN-X", "SUP-X");
    }

    private void lot(String id, String part, String supplier) {
        db.jdbc.getJdbcTemplate().update("INSERT INTO q_lot (lot_id, part_number, supplier_id, grade, disposition)"
                + " VALUES (?, ?, ?, '38UH', 'RELEASED')", id, part, supplier);
    }

    private void spec(String id, String part, String grade, String title) {
        db.jdbc.getJdbcTemplate().update("INSERT INTO q_specification (specification_id, part_number, grade, title)"
                + " VALUES (?, ?, ?, ?)", id, part, grade, title);
    }

    private void run(String runId, String serial, String design, String... lots) {
        db.jdbc.getJdbcTemplate().update("INSERT INTO q_motor_run (run_id, motor_serial, motor_design, points_recorded,"
                + " failed_points) VALUES (?, ?, ?, 0, 0)", runId, serial, design);
        for (String lot : lots) {
            db.jdbc.getJdbcTemplate().update("INSERT INTO q_motor_run_lot (run_id, lot_id) VALUES (?, ?)", runId, lot);
        }
    }

    private void source(String id, String name, String tier, String country) {
        db.jdbc.getJdbcTemplate().update("INSERT INTO q_source (source_id, name, tier, country) VALUES (?, ?, ?, ?)",
                id, name, tier, country);
    }
}
