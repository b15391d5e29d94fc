package org.specloop.query.search;

import org.specloop.query.search.SearchResults.LotHit;
import org.specloop.query.search.SearchResults.MotorHit;
import org.specloop.query.search.SearchResults.PartNumberHit;
import org.specloop.query.search.SearchResults.SourceHit;
import org.specloop.query.search.SearchResults.SpecificationHit;
import org.specloop.query.shared.Sql;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.specloop.query.shared.Like.ESCAPE;

/**
 * The workspace's search box and GET /api/search: one SQL query per kind over the read-model tables,
 * each "contains, ignoring case" with the LIKE wildcards escaped, an exact id first, at most
 * {@link #PER_KIND} rows, and the number that matched in all from a window count in the same query.
 * A contains-search scans the table (no index serves a leading wildcard); that is the price of
 * finding "1027" in "LOT-38UH-1027", and the rows are short.
 */
@Repository
public class SiteSearch {
    /** How many things of each kind a search lists, on the page and over the API alike. */
    public static final int PER_KIND = 10;
    private static final String LIMIT = " LIMIT " + PER_KIND;
    private final NamedParameterJdbcTemplate jdbc;

    public SiteSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public SearchResults find(SearchQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource("q", query.pattern()).addValue("exact", query.lowered());
        return new SearchResults(query.text(), PER_KIND, specifications(params), partNumbers(params), lots(params),
                motors(params), sources(params));
    }

    private Hits<SpecificationHit> specifications(MapSqlParameterSource params) {
        return hits("SELECT s.specification_id, s.part_number, s.grade, s.title, s.effective_revision,"
                + " COUNT(*) OVER () AS total FROM q_specification s WHERE LOWER(s.specification_id) LIKE :q" + ESCAPE
                + " OR LOWER(s.part_number) LIKE :q" + ESCAPE + " OR LOWER(s.grade) LIKE :q" + ESCAPE
                + " OR LOWER(s.title) LIKE :q" + ESCAPE
                + " ORDER BY CASE WHEN LOWER(s.specification_id) = :exact THEN 0 ELSE 1 END, s.specification_id" + LIMIT,
                params, (rs, n) -> new SpecificationHit(rs.getString("specification_id"), rs.getString("part_number"),
                        rs.getString("grade"), rs.getString("title"), Sql.integer(rs, "effective_revision")));
    }

    /** Part numbers live on specifications and on lots: both are counted, so a part with lots but no spec is found. */
    private Hits<PartNumberHit> partNumbers(MapSqlParameterSource params) {
        return hits("SELECT p.part_number, SUM(p.specs) AS specs, SUM(p.lots) AS lots, COUNT(*) OVER () AS total FROM ("
                + "SELECT part_number, 1 AS specs, 0 AS lots FROM q_specification WHERE LOWER(part_number) LIKE :q" + ESCAPE
                + " UNION ALL SELECT part_number, 0 AS specs, 1 AS lots FROM q_lot WHERE LOWER(part_number) LIKE :q" + ESCAPE
                + ") p GROUP BY p.part_number"
                + " ORDER BY CASE WHEN LOWER(p.part_number) = :exact THEN 0 ELSE 1 END, p.part_number" + LIMIT,
                params, (rs, n) -> new PartNumberHit(rs.getString("part_number"), rs.getLong("specs"), rs.getLong("lots")));
    }

    private Hits<LotHit> lots(MapSqlParameterSource params) {
        return hits("SELECT l.lot_id, l.part_number, l.grade, l.supplier_id, l.disposition, l.received_at,"
                + " COUNT(*) OVER () AS total FROM q_lot l WHERE LOWER(l.lot_id) LIKE :q" + ESCAPE
                + " ORDER BY CASE WHEN LOWER(l.lot_id) = :exact THEN 0 ELSE 1 END, l.lot_id" + LIMIT,
                params, (rs, n) -> new LotHit(rs.getString("lot_id"), rs.getString("part_number"), rs.getString("grade"),
                        rs.getString("supplier_id"), rs.getString("disposition"), Sql.instant(rs, "received_at")));
    }

    /** A motor has no page of its own: its rig runs are what the workspace shows, each with the lots built in. */
    private Hits<MotorHit> motors(MapSqlParameterSource params) {
        Hits<MotorHit> runs = hits("SELECT r.run_id, r.motor_serial, r.motor_design, r.started_at,"
                + " COUNT(*) OVER () AS total FROM q_motor_run r WHERE LOWER(r.motor_serial) LIKE :q" + ESCAPE
                + " ORDER BY CASE WHEN LOWER(r.motor_serial) = :exact THEN 0 ELSE 1 END, r.motor_serial, r.run_id" + LIMIT,
                params, (rs, n) -> new MotorHit(rs.getString("motor_serial"), rs.getString("run_id"),
                        rs.getString("motor_design"), Sql.instant(rs, "started_at"), List.of()));
        if (runs.items().isEmpty()) {
            return runs;
        }
        Map<String, List<String>> lots = new HashMap<>();
        jdbc.query("SELECT run_id, lot_id FROM q_motor_run_lot WHERE run_id IN (:ids) ORDER BY lot_id",
                new MapSqlParameterSource("ids", runs.items().stream().map(MotorHit::runId).toList()),
                rs -> { lots.computeIfAbsent(rs.getString("run_id"), k -> new ArrayList<>()).add(rs.getString("lot_id")); });
        return new Hits<>(runs.items().stream().map(r -> new MotorHit(r.motorSerial(), r.runId(), r.motorDesign(),
                r.startedAt(), lots.getOrDefault(r.runId(), List.of()))).toList(), runs.total());
    }

    private Hits<SourceHit> sources(MapSqlParameterSource params) {
        return hits("SELECT s.source_id, s.name, s.tier, s.country, s.disqualified_reason, COUNT(*) OVER () AS total"
                + " FROM q_source s WHERE LOWER(s.source_id) LIKE :q" + ESCAPE + " OR LOWER(s.name) LIKE :q" + ESCAPE
                + " ORDER BY CASE WHEN LOWER(s.source_id) = :exact THEN 0 ELSE 1 END, s.source_id" + LIMIT,
                params, (rs, n) -> new SourceHit(rs.getString("source_id"), rs.getString("name"), rs.getString("tier"),
                        rs.getString("country"), rs.getString("disqualified_reason") != null));
    }

    private <T> Hits<T> hits(String sql, MapSqlParameterSource params, RowMapper<T> row) {
        long[] total = {0};
        List<T> items = jdbc.query(sql, params, (rs, n) -> {
            total[0] = rs.getLong("total");
            return row.mapRow(rs, n);
        });
        return new Hits<>(items, total[0]);
    }
}
