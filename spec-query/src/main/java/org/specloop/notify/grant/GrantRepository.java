package org.specloop.notify.grant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * notify_oem_grant holds what is granted now; notify_oem_grant_log every grant and revocation ever made,
 * written in the same transaction, so the current state can always be explained from the history.
 * A grant of what is already granted, or a revocation of what is not, changes nothing and logs nothing:
 * retried requests leave no noise in the audit history.
 */
@Repository
public class GrantRepository {
    private final JdbcTemplate jdbc;

    public GrantRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** @return true if the item was not granted before */
    @Transactional
    public boolean grant(String oem, GrantKind kind, String itemId, String actor, Instant at, String reason) {
        if (isGranted(oem, kind, itemId)) {
            return false;
        }
        try {
            jdbc.update("INSERT INTO notify_oem_grant (oem, kind, item_id, granted_by, granted_at, reason) VALUES (?, ?, ?, ?, ?, ?)",
                    oem, kind.name(), itemId, actor, Timestamp.from(at), reason);
        } catch (DuplicateKeyException sameGrantAtTheSameTime) {
            return false;
        }
        log(oem, kind, itemId, GrantChange.Action.GRANTED, actor, at, reason);
        return true;
    }

    /** @return true if the item was granted until now */
    @Transactional
    public boolean revoke(String oem, GrantKind kind, String itemId, String actor, Instant at, String reason) {
        if (jdbc.update("DELETE FROM notify_oem_grant WHERE oem = ? AND kind = ? AND item_id = ?", oem, kind.name(), itemId) == 0) {
            return false;
        }
        log(oem, kind, itemId, GrantChange.Action.REVOKED, actor, at, reason);
        return true;
    }

    public OemGrants of(String oem) {
        Set<String> parts = new HashSet<>();
        Set<String> specs = new HashSet<>();
        jdbc.query("SELECT kind, item_id FROM notify_oem_grant WHERE oem = ?", rs -> {
            (GrantKind.valueOf(rs.getString(1)) == GrantKind.PART ? parts : specs).add(rs.getString(2));
        }, oem);
        return new OemGrants(oem, parts, specs);
    }

    public List<Grant> grantsOf(String oem) {
        return jdbc.query("SELECT oem, kind, item_id, granted_by, granted_at, reason FROM notify_oem_grant WHERE oem = ?"
                        + " ORDER BY kind, item_id",
                (rs, row) -> new Grant(rs.getString(1), GrantKind.valueOf(rs.getString(2)), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6)), oem);
    }

    /** The accounts that hold at least one grant, for the admin's overview. */
    public List<String> oems() {
        return jdbc.queryForList("SELECT DISTINCT oem FROM notify_oem_grant ORDER BY oem", String.class);
    }

    /** Oldest first. */
    public List<GrantChange> history(String oem) {
        return jdbc.query("SELECT seq, oem, kind, item_id, action, actor, changed_at, reason FROM notify_oem_grant_log WHERE oem = ?"
                        + " ORDER BY seq",
                (rs, row) -> new GrantChange(rs.getLong(1), rs.getString(2), GrantKind.valueOf(rs.getString(3)), rs.getString(4),
                        GrantChange.Action.valueOf(rs.getString(5)), rs.getString(6), rs.getTimestamp(7).toInstant(),
                        rs.getString(8)), oem);
    }

    private boolean isGranted(String oem, GrantKind kind, String itemId) {
        return !jdbc.queryForList("SELECT item_id FROM notify_oem_grant WHERE oem = ? AND kind = ? AND item_id = ?",
                String.class, oem, kind.name(), itemId).isEmpty();
    }

    private void log(String oem, GrantKind kind, String itemId, GrantChange.Action action, String actor, Instant at,
                     String reason) {
        jdbc.update("INSERT INTO notify_oem_grant_log (oem, kind, item_id, action, actor, changed_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?)",
                oem, kind.name(), itemId, action.name(), actor, Timestamp.from(at), reason);
    }
}
