package org.specloop.ui;

import org.junit.jupiter.api.Test;
import org.specloop.query.QueryDatabase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InboxTest {
    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
    private final QueryDatabase db = new QueryDatabase();
    private final Inbox inbox = new Inbox(db.jdbc, Clock.fixed(NOW, ZoneOffset.UTC),
            new UiProperties(ZoneId.of("UTC"), Duration.ofDays(5), Duration.ofSeconds(1)));

    private void source(String id, String tier) {
        db.jdbc.getJdbcTemplate().update("INSERT INTO q_source (source_id, name, tier, country) VALUES (?, ?, ?, 'MY')",
                id, id + " Ltd", tier);
    }

    private void certificate(String source, String type, String expiresOn, Integer warnedDays) {
        db.jdbc.getJdbcTemplate().update("INSERT INTO q_source_certificate (source_id, cert_type, cert_number, issuer, valid_from,"
                        + " expires_on, warned_days, warned_on) VALUES (?, ?, ?, 'RMI', '2024-01-01', ?, ?, ?)",
                source, type, source + "-" + type.length(), expiresOn, warnedDays, warnedDays == null ? null : "2026-11-20");
    }

    @Test
    void a_certificate_warned_about_waits_for_its_renewal_until_the_day_it_expires() {
        source("SEP-MY-1", "SEPARATOR");
        certificate("SEP-MY-1", "RMI RMAP", "2027-01-15", 90);
        certificate("SEP-MY-1", "ISO 9001", "2026-12-06", 30);   // expires today: no longer a warning, the source is held
        certificate("SEP-MY-1", "ISO 14001", "2027-06-01", null); // not warned about yet

        List<InboxItem> items = inbox.pending();

        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.kind()).isEqualTo("Certificate expiring");
            assertThat(item.id()).isEqualTo("SEP-MY-1 RMI RMAP");
            assertThat(item.title()).contains("SEP-MY-1 Ltd (SEPARATOR)", "expires on 2027-01-15", "warned at 90 days");
            assertThat(item.due()).isEqualTo(Instant.parse("2027-01-15T00:00:00Z"));
            assertThat(item.since()).isEqualTo(Instant.parse("2026-11-20T00:00:00Z"));
            assertThat(item.overdue()).isFalse();
            assertThat(item.href()).isEqualTo("/ui/sources");
        });
    }

    private void proposedRevision(String spec, String proposer) {
        db.jdbc.getJdbcTemplate().update("INSERT INTO q_specification (specification_id, part_number, grade, title)"
                + " VALUES (?, 'PN-1', '42SH', 'Rotor magnet')", spec);
        db.jdbc.getJdbcTemplate().update("INSERT INTO q_spec_revision (specification_id, revision, status, proposer, proposed_at,"
                + " draft_reason) VALUES (?, 2, 'PROPOSED', ?, TIMESTAMP '2026-12-05 08:00:00', 'tighter HcJ')", spec, proposer);
    }

    private static java.util.function.Predicate<String> roles(String... roles) {
        return List.of(roles)::contains;
    }

    @Test
    void a_proposal_waits_for_an_approver_who_did_not_propose_it() {
        proposedRevision("SPEC-A", "qe.alice");

        InboxItem item = inbox.pending().get(0);

        assertThat(item.waitsOnOthersBecause("qe.bob", roles(Viewer.APPROVER, Viewer.QUALITY_ENGINEER))).isNull();
        assertThat(item.waitsOnOthersBecause(" QE.Alice", roles(Viewer.APPROVER, Viewer.QUALITY_ENGINEER)))
                .as("four eyes compares names as the aggregates do").isEqualTo("you proposed or raised it: another person signs");
        assertThat(item.waitsOnOthersBecause("qe.carol", roles(Viewer.QUALITY_ENGINEER))).isEqualTo("an approver signs it");
    }

    @Test
    void a_change_being_planned_is_work_for_any_quality_engineer_and_a_certificate_too() {
        db.jdbc.getJdbcTemplate().update("INSERT INTO q_change (change_id, change_trigger, title, status, raised_by, raised_at)"
                + " VALUES ('EC-1', 'MANUAL', 'Coating', 'PLANNED', 'qe.alice', TIMESTAMP '2026-12-01 08:00:00')");
        source("SEP-MY-1", "SEPARATOR");
        certificate("SEP-MY-1", "RMI RMAP", "2027-01-15", 90);

        for (InboxItem item : inbox.pending()) {
            assertThat(item.waitsOnOthersBecause("qe.alice", roles(Viewer.QUALITY_ENGINEER))).as(item.id()).isNull();
            assertThat(item.waitsOnOthersBecause("qe.bob", roles(Viewer.APPROVER))).as(item.id())
                    .isEqualTo("a quality engineer acts on it");
        }
    }
}
