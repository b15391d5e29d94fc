package org.specloop.loop.policy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Every revision the loop proposed with its evidence, and the loop's latest decision per spec. */
@Component
public class ProposalTable {
    static final String PROPOSED = "PROPOSED";
    static final String WITHDRAWN = "WITHDRAWN";
    static final String REJECTED = "REJECTED";
    static final String APPROVED = "APPROVED";
    private static final String COLUMNS = "specification_id, revision, status, limit_key, proposed_limit, effective_limit,"
            + " evidence_json, proposed_at, decided_at, decided_by";
    private static final RowMapper<Proposal> ROW = (rs, i) -> new Proposal(rs.getString(1), rs.getInt(2), rs.getString(3),
            rs.getString(4), rs.getDouble(5), (Double) rs.getObject(6, Double.class), rs.getString(7),
            rs.getTimestamp(8).toInstant(), rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant(), rs.getString(10));
    private final JdbcTemplate jdbc;

    ProposalTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** evidenceJson is a ProposalEvidence document. */
    public record Proposal(String specificationId, int revision, String status, String limitKey, double proposedLimit,
                           Double effectiveLimit, String evidenceJson, Instant proposedAt, Instant decidedAt, String decidedBy) {
    }

    public record State(String specificationId, String action, String reason, Instant evaluatedAt) {
    }

    /** One limit a proposal changes; evidenceJson is its ProposalEvidence document. */
    public record Limit(String limitKey, double proposedLimit, Double effectiveLimit, double deadBand, String evidenceJson) {
    }

    /** limits: the first names the proposal (its row in loop_proposal carries that limit and its evidence). */
    void proposed(String specId, int revision, List<Limit> limits, Instant at) {
        Limit lead = limits.get(0);
        jdbc.update("DELETE FROM loop_proposal WHERE specification_id = ? AND revision = ?", specId, revision);
        jdbc.update("INSERT INTO loop_proposal (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)",
                specId, revision, PROPOSED, lead.limitKey(), lead.proposedLimit(), lead.effectiveLimit(), lead.evidenceJson(),
                Timestamp.from(at));
        jdbc.update("DELETE FROM loop_proposal_limit WHERE specification_id = ? AND revision = ?", specId, revision);
        for (Limit l : limits) {
            jdbc.update("INSERT INTO loop_proposal_limit (specification_id, revision, limit_key, proposed_limit,"
                            + " effective_limit, dead_band, evidence_json) VALUES (?, ?, ?, ?, ?, ?, ?)", specId, revision,
                    l.limitKey(), l.proposedLimit(), l.effectiveLimit(), l.deadBand(), l.evidenceJson());
        }
    }

    /** Fresh evidence for a limit of a proposal that stays open. */
    void evidence(String specId, int revision, String limitKey, String evidence) {
        jdbc.update("UPDATE loop_proposal_limit SET evidence_json = ? WHERE specification_id = ? AND revision = ?"
                + " AND limit_key = ?", evidence, specId, revision, limitKey);
        jdbc.update("UPDATE loop_proposal SET evidence_json = ? WHERE specification_id = ? AND revision = ? AND limit_key = ?",
                evidence, specId, revision, limitKey);
    }

    /** The limits the proposal changes; a proposal from before multi-limit proposals is its single limit. */
    public List<Limit> limits(Proposal p) {
        List<Limit> rows = jdbc.query("SELECT limit_key, proposed_limit, effective_limit, dead_band, evidence_json"
                        + " FROM loop_proposal_limit WHERE specification_id = ? AND revision = ? ORDER BY limit_key",
                (rs, i) -> new Limit(rs.getString(1), rs.getDouble(2), (Double) rs.getObject(3, Double.class),
                        rs.getDouble(4), rs.getString(5)), p.specificationId(), p.revision());
        if (rows.isEmpty()) {
            return List.of(new Limit(p.limitKey(), p.proposedLimit(), p.effectiveLimit(), 0.0, p.evidenceJson()));
        }
        List<Limit> ordered = new java.util.ArrayList<>(rows);
        ordered.sort(java.util.Comparator.comparing((Limit l) -> !l.limitKey().equals(p.limitKey())));
        return ordered;
    }

    /** Only a proposal still open changes status: the first decision seen is the one that counts. */
    void decided(String specId, int revision, String status, String by, Instant at) {
        jdbc.update("UPDATE loop_proposal SET status = ?, decided_by = ?, decided_at = ? WHERE specification_id = ?"
                + " AND revision = ? AND status = ?", status, by, Timestamp.from(at), specId, revision, PROPOSED);
    }

    public Optional<Proposal> open(String specId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM loop_proposal WHERE specification_id = ? AND status = ?", ROW,
                specId, PROPOSED).stream().findFirst();
    }

    Optional<Proposal> lastRejected(String specId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM loop_proposal WHERE specification_id = ? AND status = ?"
                + " ORDER BY revision DESC", ROW, specId, REJECTED).stream().findFirst();
    }

    Optional<Proposal> find(String specId, int revision) {
        return jdbc.query("SELECT " + COLUMNS + " FROM loop_proposal WHERE specification_id = ? AND revision = ?", ROW,
                specId, revision).stream().findFirst();
    }

    public List<Proposal> all(String statusOrNull) {
        return statusOrNull == null
                ? jdbc.query("SELECT " + COLUMNS + " FROM loop_proposal ORDER BY proposed_at DESC, revision DESC", ROW)
                : jdbc.query("SELECT " + COLUMNS + " FROM loop_proposal WHERE status = ? ORDER BY proposed_at DESC", ROW, statusOrNull);
    }

    public List<Proposal> ofSpec(String specId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM loop_proposal WHERE specification_id = ? ORDER BY revision DESC", ROW, specId);
    }

    void state(String specId, String action, String reason, Instant at) {
        jdbc.update("DELETE FROM loop_proposal_state WHERE specification_id = ?", specId);
        jdbc.update("INSERT INTO loop_proposal_state (specification_id, action, reason, evaluated_at) VALUES (?, ?, ?, ?)",
                specId, action, reason, Timestamp.from(at));
    }

    public Optional<State> state(String specId) {
        return jdbc.query("SELECT specification_id, action, reason, evaluated_at FROM loop_proposal_state WHERE specification_id = ?",
                (rs, i) -> new State(rs.getString(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()),
                specId).stream().findFirst();
    }
}
