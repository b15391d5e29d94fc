package org.specloop.loop.policy;

import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.DriftEvidence;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Engineering changes as the drift watch sees them (open or not, which sources and lots they
 * name), and the drift changes the loop raised itself.
 */
@Component
class ChangeTable {
    private static final String SEP = ",";
    /** A decision's seq: its store position, or the newest lot's seq when it has none. */
    private static final String POSITION_OR_LATEST_LOT = "COALESCE(CAST(? AS BIGINT), (SELECT MAX(seq) FROM loop_lot))";
    private final JdbcTemplate jdbc;
    private final FactVersions versions;

    public ChangeTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.versions = new FactVersions(jdbc);
    }

    /**
     * lastSeq: the newest lot of the series when raised. cause: the first characteristic of the
     * same-cause group the change stands for (null on changes raised before causes existed).
     */
    public record Drift(String changeId, String sourceId, String characteristic, String rule, String firstLot,
                        long firstSeq, long lastSeq, Instant raisedAt, String cause) {
    }

    /**
     * Where a source's chart of a cause starts: its baseline after the newest lot at the last approval
     * of a drift change (the drift is accepted, the limits learnt again), its monitoring after the newest
     * lot at the last rejection (the alarm was false, the limits stay). Long.MIN_VALUE when none.
     */
    public record Restart(long baselineAfterSeq, long monitorAfterSeq) {
        static final Restart NONE = new Restart(Long.MIN_VALUE, Long.MIN_VALUE);
    }

    public void raised(String changeId, ChangeTrigger trigger, Collection<String> sources, Collection<String> lots) {
        jdbc.update("DELETE FROM loop_change WHERE change_id = ?", changeId);
        jdbc.update("INSERT INTO loop_change (change_id, change_trigger, is_open, sources, lots) VALUES (?, ?, TRUE, ?, ?)",
                changeId, trigger.name(), SEP + String.join(SEP, sources) + SEP, SEP + String.join(SEP, lots) + SEP);
        versions.changeChanged(changeId);
    }

    /**
     * Before a replay of loop-feedback: the changes, filled again from the events. loop_drift stays: it is the
     * loop's record of the drift changes it raised (with the chart position then), which no replayed event
     * rebuilds and which keeps the loop from raising them again.
     */
    void clear() {
        jdbc.update("DELETE FROM loop_change");
        versions.allChanged();
    }

    public void lotAttached(String changeId, String lotId) {
        jdbc.update("UPDATE loop_change SET lots = lots || ? WHERE change_id = ?", lotId + SEP, changeId);
    }

    /** As {@link #ended(String, boolean, Long)} outside a streaming processor: after every lot so far. */
    public void ended(String changeId, boolean rejected) {
        ended(changeId, rejected, null);
    }

    /**
     * The change is closed (rejected false) or rejected; monitoring restarts after the lots received before it:
     * its seq is the decision's store position (LotTable.received says why), or without one the newest lot's.
     */
    public void ended(String changeId, boolean rejected, Long position) {
        jdbc.update("UPDATE loop_change SET is_open = FALSE, rejected = ?, ended_seq = " + POSITION_OR_LATEST_LOT
                + " WHERE change_id = ?", rejected, position, changeId);
        versions.changeChanged(changeId);
    }

    public void approved(String changeId) {
        approved(changeId, null);
    }

    /** The baseline is learnt again from the lots received after the approval (by store position, as ended). */
    public void approved(String changeId, Long position) {
        jdbc.update("UPDATE loop_change SET approved_seq = " + POSITION_OR_LATEST_LOT + " WHERE change_id = ?",
                position, changeId);
        versions.changeChanged(changeId);
    }

    public Restart restart(String sourceId, String cause) {
        List<Restart> rows = jdbc.query("SELECT MAX(CASE WHEN c.approved_seq IS NOT NULL THEN c.approved_seq"
                        + " WHEN c.is_open = FALSE AND (c.rejected IS NULL OR c.rejected = FALSE) THEN c.ended_seq END),"
                        + " MAX(CASE WHEN c.rejected = TRUE THEN COALESCE(c.ended_seq, d.last_seq) END)"
                        + " FROM loop_drift d JOIN loop_change c ON c.change_id = d.change_id"
                        + " WHERE d.source_id = ? AND COALESCE(d.cause, d.characteristic) = ?",
                (rs, i) -> new Restart(orMin(rs.getObject(1)), orMin(rs.getObject(2))), sourceId, cause);
        return rows.isEmpty() ? Restart.NONE : rows.get(0);
    }

    private static long orMin(Object seq) {
        return seq == null ? Long.MIN_VALUE : ((Number) seq).longValue();
    }

    /** A declared source change is open when it names the source, or a lot of it, and is not rejected or closed. */
    public boolean declaredSourceChangeOpen(String sourceId, List<String> lotsOfSource) {
        List<String> lots = jdbc.queryForList("SELECT lots FROM loop_change WHERE is_open = TRUE AND change_trigger = ?"
                + " AND sources LIKE ?", String.class, ChangeTrigger.SOURCE_CHANGE.name(), "%," + sourceId + ",%");
        if (!lots.isEmpty()) {
            return true;
        }
        return jdbc.queryForList("SELECT lots FROM loop_change WHERE is_open = TRUE AND change_trigger = ?", String.class,
                        ChangeTrigger.SOURCE_CHANGE.name()).stream()
                .anyMatch(named -> lotsOfSource.stream().anyMatch(lot -> named.contains(SEP + lot + SEP)));
    }

    public void drift(Drift drift) {
        jdbc.update("INSERT INTO loop_drift (change_id, source_id, characteristic, rule_id, first_lot, first_seq, last_seq,"
                        + " raised_at, cause) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", drift.changeId(), drift.sourceId(),
                drift.characteristic(), drift.rule(), drift.firstLot(), drift.firstSeq(), drift.lastSeq(),
                Timestamp.from(drift.raisedAt()), drift.cause());
        versions.sourceChanged(drift.sourceId());
    }

    /**
     * The record of a drift change the loop raised, restored from the change's event when it is missing (rows
     * lost or deleted; a replay then puts them back, since the reset keeps this table). The evidence names what
     * the chart showed; the newest lot of the series then is not in it, the signal lot stands for it (used
     * only where a change has no end, which a rejected one always has). A record that exists is left as it is.
     */
    void driftRaised(String changeId, DriftEvidence evidence, Instant raisedAt) {
        if (jdbc.queryForObject("SELECT COUNT(*) FROM loop_drift WHERE change_id = ?", Integer.class, changeId) > 0) {
            return;
        }
        Optional<Long> first = seqOf(evidence.firstLot());
        if (first.isEmpty()) {
            return;
        }
        drift(new Drift(changeId, evidence.sourceId(), evidence.characteristic(), evidence.rule(), evidence.firstLot(),
                first.get(), seqOf(evidence.signalLot()).orElse(first.get()), raisedAt, evidence.cause()));
    }

    private Optional<Long> seqOf(String lotId) {
        return jdbc.queryForList("SELECT seq FROM loop_lot WHERE lot_id = ?", Long.class, lotId).stream().findFirst();
    }

    private static final String DRIFT_COLUMNS = "change_id, source_id, characteristic, rule_id, first_lot, first_seq, last_seq,"
            + " raised_at, cause";

    public List<Drift> drifts() {
        return jdbc.query("SELECT " + DRIFT_COLUMNS + " FROM loop_drift ORDER BY raised_at", ChangeTable::drift);
    }

    /** The latest drift change of the source and cause (older changes: of the characteristic). */
    public Optional<Drift> latestDrift(String sourceId, String cause) {
        return jdbc.query("SELECT " + DRIFT_COLUMNS + " FROM loop_drift WHERE source_id = ? AND COALESCE(cause, characteristic) = ?"
                + " ORDER BY raised_at DESC, first_seq DESC", ChangeTable::drift, sourceId, cause).stream().findFirst();
    }

    private static Drift drift(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Drift(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6),
                rs.getLong(7), rs.getTimestamp(8).toInstant(), rs.getString(9));
    }

    /** A change the loop raised is open until its rejection or closure is seen, also before its raising is seen. */
    public boolean isOpen(String changeId) {
        return jdbc.queryForList("SELECT is_open FROM loop_change WHERE change_id = ?", Boolean.class, changeId)
                .stream().findFirst().orElse(true);
    }

    /** Whether any open drift change names the source, whatever the characteristic: its new lots are held. */
    public boolean driftOpenFor(String sourceId) {
        return jdbc.queryForList("SELECT d.change_id FROM loop_drift d LEFT JOIN loop_change c ON c.change_id = d.change_id"
                + " WHERE d.source_id = ? AND (c.is_open IS NULL OR c.is_open = TRUE)", String.class, sourceId).stream()
                .findAny().isPresent();
    }
}
