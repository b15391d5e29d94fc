package org.specloop.loop.policy;

import org.specloop.contracts.change.ChangeTrigger;
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
    private final JdbcTemplate jdbc;

    public ChangeTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** lastSeq: the newest lot of the series when raised; a later change needs a signal after it. */
    public record Drift(String changeId, String sourceId, String characteristic, String rule, String firstLot,
                        long firstSeq, long lastSeq, Instant raisedAt) {
    }

    public void raised(String changeId, ChangeTrigger trigger, Collection<String> sources, Collection<String> lots) {
        jdbc.update("DELETE FROM loop_change WHERE change_id = ?", changeId);
        jdbc.update("INSERT INTO loop_change (change_id, change_trigger, is_open, sources, lots) VALUES (?, ?, TRUE, ?, ?)",
                changeId, trigger.name(), SEP + String.join(SEP, sources) + SEP, SEP + String.join(SEP, lots) + SEP);
    }

    public void lotAttached(String changeId, String lotId) {
        jdbc.update("UPDATE loop_change SET lots = lots || ? WHERE change_id = ?", lotId + SEP, changeId);
    }

    public void ended(String changeId) {
        jdbc.update("UPDATE loop_change SET is_open = FALSE WHERE change_id = ?", changeId);
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
                        + " raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", drift.changeId(), drift.sourceId(), drift.characteristic(),
                drift.rule(), drift.firstLot(), drift.firstSeq(), drift.lastSeq(), Timestamp.from(drift.raisedAt()));
    }

    /** The latest drift change of the source and characteristic, with whether it is still open. */
    public List<Drift> drifts() {
        return jdbc.query("SELECT change_id, source_id, characteristic, rule_id, first_lot, first_seq, last_seq, raised_at"
                        + " FROM loop_drift ORDER BY raised_at", (rs, i) -> new Drift(rs.getString(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6), rs.getLong(7), rs.getTimestamp(8).toInstant()));
    }

    public Optional<Drift> latestDrift(String sourceId, String characteristic) {
        return jdbc.query("SELECT change_id, source_id, characteristic, rule_id, first_lot, first_seq, last_seq, raised_at"
                        + " FROM loop_drift"
                        + " WHERE source_id = ? AND characteristic = ? ORDER BY raised_at DESC, first_seq DESC",
                (rs, i) -> new Drift(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getLong(6), rs.getLong(7), rs.getTimestamp(8).toInstant()), sourceId, characteristic).stream().findFirst();
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
