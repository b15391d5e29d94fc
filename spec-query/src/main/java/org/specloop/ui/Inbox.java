package org.specloop.ui;

import org.specloop.query.shared.Sql;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The decisions waiting: revisions in PROPOSED and changes not yet approved or rejected. A revision
 * is due a fixed review period after its proposal (specloop.ui.review-period); a
 * change is due on the date its plan set. And certificates warned about ahead of their expiry
 * (SourceCertificateExpiring) and not yet renewed nor expired, due on their expiry day: on that day the
 * source stops qualifying new lots (docs/sourcing.md). Overdue first, then by due date, undated last.
 */
@Repository
class Inbox {
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final Duration reviewPeriod;

    public Inbox(NamedParameterJdbcTemplate jdbc, Clock clock, UiProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.reviewPeriod = properties.reviewPeriod();
    }

    public List<InboxItem> pending() {
        Instant now = clock.instant();
        List<InboxItem> items = new ArrayList<>();
        jdbc.query("SELECT r.specification_id, r.revision, r.proposer, r.proposed_at, r.draft_reason, s.part_number, s.grade"
                + " FROM q_spec_revision r JOIN q_specification s ON s.specification_id = r.specification_id"
                + " WHERE r.status = 'PROPOSED'", new MapSqlParameterSource(), rs -> {
            Instant since = Sql.instant(rs, "proposed_at");
            Instant due = since == null ? null : since.plus(reviewPeriod);
            String id = rs.getString("specification_id");
            int revision = rs.getInt("revision");
            items.add(new InboxItem("Spec revision", id + " rev " + revision,
                    rs.getString("part_number") + " " + rs.getString("grade") + ": " + rs.getString("draft_reason"),
                    "PROPOSED", "approval or rejection", rs.getString("proposer"), since, due,
                    due != null && due.isBefore(now), "/ui/specifications/" + id + "/revisions/" + revision,
                    Viewer.APPROVER, rs.getString("proposer")));
        });
        jdbc.query("SELECT change_id, title, status, raised_by, raised_at, due_date FROM q_change"
                + " WHERE status IN ('RAISED', 'PLANNED', 'EVIDENCE_COMPLETE')", new MapSqlParameterSource(), rs -> {
            String dueDate = rs.getString("due_date");
            Instant due = dueDate == null ? null : LocalDate.parse(dueDate).plusDays(1).atStartOfDay(clock.getZone()).toInstant();
            String status = rs.getString("status");
            boolean decision = "EVIDENCE_COMPLETE".equals(status);
            items.add(new InboxItem("Engineering change", rs.getString("change_id"), rs.getString("title"), status,
                    decision ? "approval or rejection" : "plan and evidence",
                    rs.getString("raised_by"), Sql.instant(rs, "raised_at"), due, due != null && due.isBefore(now),
                    "/ui/engineering-changes/" + rs.getString("change_id"),
                    decision ? Viewer.APPROVER : Viewer.QUALITY_ENGINEER, decision ? rs.getString("raised_by") : null));
        });
        String today = LocalDate.ofInstant(now, ZoneOffset.UTC).toString();
        jdbc.query("SELECT c.source_id, c.cert_type, c.cert_number, c.expires_on, c.warned_days, c.warned_on, s.name, s.tier"
                + " FROM q_source_certificate c JOIN q_source s ON s.source_id = c.source_id"
                + " WHERE c.warned_days IS NOT NULL AND c.expires_on > :today", new MapSqlParameterSource("today", today), rs -> {
            LocalDate expires = LocalDate.parse(rs.getString("expires_on"));
            String warnedOn = rs.getString("warned_on");
            // certificates count up to, not including, their expiry day (UTC): that day is the deadline
            Instant due = expires.atStartOfDay(ZoneOffset.UTC).toInstant();
            items.add(new InboxItem("Certificate expiring", rs.getString("source_id") + " " + rs.getString("cert_type"),
                    rs.getString("name") + " (" + rs.getString("tier") + "): " + rs.getString("cert_type") + " "
                            + rs.getString("cert_number") + " expires on " + expires + " (warned at " + rs.getInt("warned_days")
                            + " days)", "WARNED", "renewal", "system:certificate-watch",
                    warnedOn == null ? null : LocalDate.parse(warnedOn).atStartOfDay(ZoneOffset.UTC).toInstant(),
                    due, false, "/ui/sources", Viewer.QUALITY_ENGINEER, null));
        });
        items.sort(Comparator.comparing((InboxItem item) -> !item.overdue())
                .thenComparing(InboxItem::due, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(InboxItem::id));
        return items;
    }
}
