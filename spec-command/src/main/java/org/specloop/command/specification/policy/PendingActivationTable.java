package org.specloop.command.specification.policy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** The revision_activation_pending table (V2_10); plain SQL that runs on H2 and PostgreSQL alike. */
@Repository
class PendingActivationTable {
    private final JdbcTemplate jdbc;

    PendingActivationTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Delete then insert: a replayed approval must not fail on the primary key. */
    public void remember(PendingActivation pending) {
        forget(pending.specificationId(), pending.revision());
        jdbc.update("INSERT INTO revision_activation_pending (specification_id, revision, effective_from) VALUES (?, ?, ?)",
                pending.specificationId(), pending.revision(), OffsetDateTime.ofInstant(pending.effectiveFrom(), ZoneOffset.UTC));
    }

    public void forget(String specificationId, int revision) {
        jdbc.update("DELETE FROM revision_activation_pending WHERE specification_id = ? AND revision = ?",
                specificationId, revision);
    }

    /** Oldest first, so that when several revisions of one spec are due they are activated in order. */
    public List<PendingActivation> dueAt(Instant now) {
        return jdbc.query("SELECT specification_id, revision, effective_from FROM revision_activation_pending"
                        + " WHERE effective_from <= ? ORDER BY effective_from, specification_id, revision",
                (rs, row) -> new PendingActivation(rs.getString("specification_id"), rs.getInt("revision"),
                        rs.getObject("effective_from", OffsetDateTime.class).toInstant()),
                OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
    }

    public void clear() {
        jdbc.update("DELETE FROM revision_activation_pending");
    }
}
