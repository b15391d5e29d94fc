package org.specloop.notify.outbox;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * notify_outbox. A row is a stream head when no earlier PENDING row of the same (subscription,
 * subject) exists; only heads are ever handed out, which is what keeps one subject's events in order.
 * Several nodes may run workers: a head is taken with a conditional UPDATE of its lease, so exactly one wins.
 */
@Repository
public class OutboxRepository {
    private static final String COLUMNS = "o.seq, o.id, o.subscription_id, o.subject, o.event_type, o.event_time, o.body, "
            + "o.status, o.attempts, o.next_attempt_at, o.last_status, o.last_error, o.created_at, o.delivered_at, o.traceparent, o.part_number, o.specification_id";
    private static final String HEAD = " AND NOT EXISTS (SELECT 1 FROM notify_outbox e WHERE e.subscription_id = o.subscription_id"
            + " AND e.subject = o.subject AND e.status = 'PENDING' AND e.seq < o.seq)";
    private static final String DUE = "SELECT " + COLUMNS + " FROM notify_outbox o JOIN notify_subscription s"
            + " ON s.id = o.subscription_id AND s.endpoint_enabled = TRUE"
            + " WHERE o.status = 'PENDING' AND o.next_attempt_at <= ? AND (o.lease_until IS NULL OR o.lease_until < ?)";

    private final JdbcTemplate jdbc;
    private final RowMapper<OutboxRow> mapper = OutboxRepository::map;

    public OutboxRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean exists(String id) {
        return !jdbc.queryForList("SELECT seq FROM notify_outbox WHERE id = ?", Long.class, id).isEmpty();
    }

    public void insert(String id, String subscriptionId, String subject, String eventType, Instant eventTime, String body,
                       String traceparent, Instant now, String partNumber, String specificationId) {
        jdbc.update("INSERT INTO notify_outbox (id, subscription_id, subject, event_type, event_time, body, status, attempts,"
                        + " next_attempt_at, created_at, traceparent, part_number, specification_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?, ?)",
                id, subscriptionId, subject, eventType, ts(eventTime), body, ts(now), ts(now), traceparent, partNumber,
                specificationId);
    }

    /** Heads of streams that are due now and not leased, oldest first. */
    public List<OutboxRow> dueHeads(Instant now, int limit) {
        return jdbc.query(DUE + HEAD + " ORDER BY o.seq FETCH FIRST " + limit + " ROWS ONLY", mapper, ts(now), ts(now));
    }

    /** The head of one stream if it is due, so a worker can go on with a subject without another poll. */
    public Optional<OutboxRow> dueHead(String subscriptionId, String subject, Instant now) {
        return jdbc.query(DUE + " AND o.subscription_id = ? AND o.subject = ?" + HEAD + " ORDER BY o.seq FETCH FIRST 1 ROWS ONLY",
                mapper, ts(now), ts(now), subscriptionId, subject).stream().findFirst();
    }

    /** True if this caller (node {@code owner}) now holds the row until leaseUntil. */
    public boolean claim(long seq, String owner, Instant now, Instant leaseUntil) {
        return jdbc.update("UPDATE notify_outbox SET lease_until = ?, lease_owner = ? WHERE seq = ? AND status = 'PENDING'"
                + " AND (lease_until IS NULL OR lease_until < ?)", ts(leaseUntil), owner, seq, ts(now)) == 1;
    }

    /**
     * Ends every lease of pending rows held by {@code owner}; for a node that starts, whose previous process
     * under the same id died holding them (nobody is sending those rows). Returns how many were held.
     */
    public int releaseLeasesOf(String owner) {
        return jdbc.update("UPDATE notify_outbox SET lease_until = NULL, lease_owner = NULL"
                + " WHERE lease_owner = ? AND status = 'PENDING' AND lease_until IS NOT NULL", owner);
    }

    public void markDelivered(long seq, int attempts, Integer status, Instant now) {
        jdbc.update("UPDATE notify_outbox SET status = 'DELIVERED', attempts = ?, last_status = ?, last_error = NULL,"
                + " delivered_at = ?, lease_until = NULL WHERE seq = ?", attempts, status, ts(now), seq);
    }

    public void markRetry(long seq, int attempts, Integer status, String error, Instant nextAttemptAt) {
        jdbc.update("UPDATE notify_outbox SET attempts = ?, last_status = ?, last_error = ?, next_attempt_at = ?,"
                + " lease_until = NULL WHERE seq = ?", attempts, status, truncate(error), ts(nextAttemptAt), seq);
    }

    public void markDead(long seq, int attempts, Integer status, String error) {
        jdbc.update("UPDATE notify_outbox SET status = 'DEAD', attempts = ?, last_status = ?, last_error = ?,"
                + " lease_until = NULL WHERE seq = ?", attempts, status, truncate(error), seq);
    }

    /** Never sent: the OEM's grant does not cover it (any more). Final: a later grant does not send old news. */
    public void markWithheld(long seq, String why) {
        jdbc.update("UPDATE notify_outbox SET status = 'WITHHELD', last_error = ?, lease_until = NULL WHERE seq = ?",
                truncate(why), seq);
    }

    /** Gives a row back untouched, e.g. when its endpoint was disabled while it waited. */
    public void release(long seq) {
        jdbc.update("UPDATE notify_outbox SET lease_until = NULL WHERE seq = ?", seq);
    }

    /** Ends this caller's own lease (taken until leaseUntil) of a row still pending; another caller's lease stays. */
    public boolean releaseLease(long seq, Instant leaseUntil) {
        return jdbc.update("UPDATE notify_outbox SET lease_until = NULL WHERE seq = ? AND status = 'PENDING' AND lease_until = ?",
                seq, ts(leaseUntil)) == 1;
    }

    /** A dead letter goes back to the queue with a fresh attempt budget; its id, and so webhook-id, stays. */
    public boolean replay(String subscriptionId, String id, Instant now) {
        return jdbc.update("UPDATE notify_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?, lease_until = NULL"
                + " WHERE subscription_id = ? AND id = ? AND status = 'DEAD'", ts(now), subscriptionId, id) == 1;
    }

    public Optional<OutboxRow> find(String subscriptionId, String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM notify_outbox o WHERE o.subscription_id = ? AND o.id = ?",
                mapper, subscriptionId, id).stream().findFirst();
    }

    /** Newest first; status null means every status. */
    public List<OutboxRow> ofSubscription(String subscriptionId, DeliveryStatus status, int limit) {
        if (status == null) {
            return jdbc.query("SELECT " + COLUMNS + " FROM notify_outbox o WHERE o.subscription_id = ? ORDER BY o.seq DESC"
                    + " FETCH FIRST " + limit + " ROWS ONLY", mapper, subscriptionId);
        }
        return jdbc.query("SELECT " + COLUMNS + " FROM notify_outbox o WHERE o.subscription_id = ? AND o.status = ?"
                + " ORDER BY o.seq DESC FETCH FIRST " + limit + " ROWS ONLY", mapper, subscriptionId, status.name());
    }

    /** Pending and dead rows per (channel kind, status), for the outbox gauges; the status index skips delivered rows. */
    public List<StatusCount> countsByChannelAndStatus() {
        return jdbc.query("SELECT s.channel_kind, o.status, COUNT(*) AS n FROM notify_outbox o JOIN notify_subscription s"
                        + " ON s.id = o.subscription_id WHERE o.status IN ('PENDING', 'DEAD') GROUP BY s.channel_kind, o.status",
                (rs, row) -> new StatusCount(rs.getString(1), rs.getString(2), rs.getLong(3)));
    }

    public record StatusCount(String channelKind, String status, long rows) {
    }

    private static OutboxRow map(ResultSet rs, int row) throws SQLException {
        return new OutboxRow(rs.getLong("seq"), rs.getString("id"), rs.getString("subscription_id"), rs.getString("subject"),
                rs.getString("event_type"), instant(rs, "event_time"), rs.getString("body"),
                DeliveryStatus.valueOf(rs.getString("status")), rs.getInt("attempts"), instant(rs, "next_attempt_at"),
                (Integer) rs.getObject("last_status", Integer.class), rs.getString("last_error"), instant(rs, "created_at"),
                instant(rs, "delivered_at"), rs.getString("traceparent"),
                rs.getString("part_number"), rs.getString("specification_id"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
