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
}
