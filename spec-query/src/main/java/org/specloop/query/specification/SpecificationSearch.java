package org.specloop.query.specification;

import org.specloop.query.shared.Like;
import org.specloop.query.shared.Page;
import org.specloop.query.shared.PageQuery;
import org.specloop.query.shared.Sql;
import org.specloop.query.shared.Where;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.util.List;

/**
 * Finding a specification by any of the words people know it by (id, part number, grade, title), and
 * by where its revisions stand. Filtering, order and paging happen in SQL like the lot list's. The
 * open revision comes from a join: the aggregate keeps at most one revision open per specification.
 */
@Repository
public class SpecificationSearch {
    /** What the state filter accepts: an open draft, an open proposal, or no revision in force yet. */
    public enum State { DRAFT, PROPOSED, NOTHING_IN_FORCE }

    private static final String FROM = " FROM q_specification s LEFT JOIN q_spec_revision r"
            + " ON r.specification_id = s.specification_id AND r.status IN ('DRAFT', 'PROPOSED')";
    private final NamedParameterJdbcTemplate jdbc;

    public SpecificationSearch(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Page<SpecificationListing> find(String text, State state, PageQuery page) {
        Where where = new Where().when(pattern(text), "q", "(LOWER(s.specification_id) LIKE :q ESCAPE '\\'"
                        + " OR LOWER(s.part_number) LIKE :q ESCAPE '\\' OR LOWER(s.grade) LIKE :q ESCAPE '\\'"
                        + " OR LOWER(s.title) LIKE :q ESCAPE '\\')")
                .when(state == State.DRAFT || state == State.PROPOSED ? state.name() : null, "state", "r.status = :state")
                .when(state == State.NOTHING_IN_FORCE, "s.effective_revision IS NULL");
        Long total = jdbc.queryForObject("SELECT COUNT(*)" + FROM + where.sql(), where.params(), Long.class);
        List<SpecificationListing> items = jdbc.query("SELECT s.*, r.revision AS open_revision, r.status AS open_status"
                + FROM + where.sql() + " ORDER BY s." + page.sortColumn() + (page.descending() ? " DESC" : " ASC")
                + ", s.specification_id ASC" + page.limit(), where.params(), ROW);
        return new Page<>(items, page.page(), page.size(), total == null ? 0 : total);
    }

    /** Contains, case-insensitively; the LIKE wildcards a person types are searched for literally. */
    private static String pattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Like.contains(text);
    }

    private static final RowMapper<SpecificationListing> ROW = (rs, n) -> new SpecificationListing(
            new SpecificationSummary(rs.getString("specification_id"), rs.getString("part_number"), rs.getString("grade"),
                    rs.getString("title"), Sql.integer(rs, "effective_revision"), rs.getString("status_summary"),
                    rs.getString("created_by"), Sql.instant(rs, "created_at")),
            Sql.integer(rs, "open_revision"), rs.getString("open_status"));
}
