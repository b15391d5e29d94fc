package org.specloop.query.registry;

import org.junit.jupiter.api.Test;
import org.specloop.contracts.source.Certificate;
import org.specloop.contracts.source.CertificateAdded;
import org.specloop.contracts.source.SourceCertificateExpiring;
import org.specloop.contracts.source.SupplySourceDisqualified;
import org.specloop.contracts.source.SupplySourceRegistered;
import org.specloop.contracts.source.SupplySourceRelocated;
import org.specloop.contracts.source.Tier;
import org.specloop.query.QueryDatabase;
import org.specloop.query.shared.PageQuery;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.specloop.query.Fixtures.at;

class SourceProjectionTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-02-01");
    private final QueryDatabase db = new QueryDatabase();
    private final SourceProjection projection = new SourceProjection(db.jdbc, db.json, db.history);
    private final SourceReadModel readModel = new SourceReadModel(db.jdbc, db.json);

    @Test
    void a_registered_source_lists_its_certificates() {
        registered("SEP-1", "2027-01-01");

        SourceView source = readModel.one("SEP-1", TODAY).orElseThrow();

        assertThat(source.tier()).isEqualTo("SEPARATOR");
        assertThat(source.certificates()).extracting(CertificateView::type).containsExactly("ISO 9001");
        assertThat(source.hasExpiredCertificate()).isFalse();
    }

    @Test
    void a_certificate_past_its_expiry_is_flagged_as_a_finding() {
        registered("SEP-1", "2026-01-31");

        SourceView source = readModel.one("SEP-1", TODAY).orElseThrow();

        assertThat(source.expiredCertificates()).containsExactly("ISO 9001");
        assertThat(source.hasExpiredCertificate()).isTrue();
    }

    @Test
    void a_renewed_certificate_replaces_the_expired_one() {
        registered("SEP-1", "2026-01-31");
        projection.on(new CertificateAdded("SEP-1", new Certificate("ISO 9001", "Q-2", "TUV", LocalDate.parse("2026-01-15"),
                LocalDate.parse("2029-01-14"))), at(1), "renew");

        SourceView source = readModel.one("SEP-1", TODAY).orElseThrow();

        assertThat(source.certificates()).extracting(CertificateView::number).containsExactly("Q-2");
        assertThat(source.hasExpiredCertificate()).isFalse();
    }

    @Test
    void a_relocation_changes_the_country() {
        registered("SEP-1", "2027-01-01");
        projection.on(new SupplySourceRelocated("SEP-1", "MY", "VN", "new plant"), at(1), "move");

        assertThat(readModel.one("SEP-1", TODAY).orElseThrow().country()).isEqualTo("VN");
    }

    @Test
    void a_disqualification_shows_with_its_reason() {
        registered("SEP-1", "2027-01-01");
        assertThat(readModel.one("SEP-1", TODAY).orElseThrow().disqualified()).isFalse();

        projection.on(new SupplySourceDisqualified("SEP-1", Tier.SEPARATOR, "MY", "RMI audit failed"), at(1), "dq");

        SourceView source = readModel.one("SEP-1", TODAY).orElseThrow();
        assertThat(source.disqualified()).isTrue();
        assertThat(source.disqualifiedReason()).isEqualTo("RMI audit failed");
    }

    @Test
    void sources_filter_by_expired_certificates() {
        registered("SEP-1", "2027-01-01");
        registered("SEP-2", "2025-12-31");
        PageQuery query = PageQuery.parse(null, null, null, SourceReadModel.SORTABLE, "name");

        assertThat(readModel.find("SEPARATOR", "MY", true, TODAY, query).items())
                .extracting(SourceView::sourceId).containsExactly("SEP-2");
    }

    @Test
    void on_its_expiry_day_a_certificate_is_expired() {
        registered("SEP-1", TODAY.toString());

        assertThat(readModel.one("SEP-1", TODAY).orElseThrow().expiredCertificates()).containsExactly("ISO 9001");
        assertThat(readModel.one("SEP-1", TODAY.minusDays(1)).orElseThrow().certificates().get(0).daysLeft()).isEqualTo(1L);
    }

    @Test
    void a_warning_ahead_of_expiry_lists_the_certificate_as_expiring_until_renewed() {
        registered("SEP-1", "2026-03-01");
        projection.on(new SourceCertificateExpiring("SEP-1", Tier.SEPARATOR, "ISO 9001", "Q-1", LocalDate.parse("2026-03-01"),
                30, 29, LocalDate.parse("2026-01-31")), at(1), "warn");

        SourceView warned = readModel.one("SEP-1", TODAY).orElseThrow();
        assertThat(warned.expiringCertificates()).singleElement().satisfies(c -> {
            assertThat(c.number()).isEqualTo("Q-1");
            assertThat(c.warnedDays()).isEqualTo(30);
            assertThat(c.daysLeft()).isEqualTo(28L);
        });

        projection.on(new CertificateAdded("SEP-1", new Certificate("ISO 9001", "Q-2", "TUV", LocalDate.parse("2026-02-15"),
                LocalDate.parse("2029-02-14"))), at(2), "renew");
        assertThat(readModel.one("SEP-1", TODAY).orElseThrow().expiringCertificates()).isEmpty();
    }

    private void registered(String id, String expiresOn) {
        projection.on(new SupplySourceRegistered(id, "Separator " + id, Tier.SEPARATOR, "MY", List.of("MM-1"),
                List.of(new Certificate("ISO 9001", "Q-1", "TUV", LocalDate.parse("2023-01-01"), LocalDate.parse(expiresOn)))),
                at(0), "reg-" + id);
    }
}
