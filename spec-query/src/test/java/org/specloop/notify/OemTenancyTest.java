package org.specloop.notify;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.lot.HoldCategory;
import org.specloop.contracts.lot.LotHeld;
import org.specloop.contracts.lot.LotReleased;
import org.specloop.notify.grant.GrantKind;
import org.specloop.notify.message.Severity;
import org.specloop.notify.outbox.DeliveryStatus;
import org.specloop.notify.outbox.OutboxRow;
import org.specloop.notify.subscription.Channel;
import org.specloop.notify.subscription.Subscription;
import org.specloop.notify.subscription.SubscriptionFilter;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Grants decide what an OEM hears, when queued and again when sent; OEMs read public reasons only. */
class OemTenancyTest {
    private static final Instant T = Instant.parse("2026-03-01T07:00:00Z");
    private final NotifyFixture notify = new NotifyFixture(List.of(Duration.ofMinutes(1)), "");
    private final WebhookReceiver receiver;
    private final Channel hook;

    OemTenancyTest() throws Exception {
        receiver = new WebhookReceiver();
        hook = Channel.webhook(receiver.url(), List.of(WebhookSignature.newSecret()));
    }

    @AfterEach
    void close() {
        receiver.close();
        notify.close();
    }

    /** A subscription with no part filter, as an OEM that wants everything it may have would make. */
    private Subscription everythingFor(String oem) {
        Subscription subscription = new Subscription(UUID.randomUUID().toString(), oem,
                new SubscriptionFilter(Set.of(), Set.of(), Set.of(), Severity.INFO), hook, true, null, notify.clock.instant());
        notify.subscriptions.insert(subscription);
        return subscription;
    }

    private List<OutboxRow> rows(Subscription s) {
        return notify.outbox.ofSubscription(s.id(), null, 100);
    }

    @Test
    void a_subscription_without_part_filter_hears_only_of_granted_parts() {
        notify.grant("acme", "P-ACME");
        Subscription acme = everythingFor("acme");
        notify.publish(Events.lotReceived("LOT-A", "P-ACME"));
        notify.publish(Events.lotReceived("LOT-G", "P-GLOBEX"));

        notify.publish(Events.lotHeld("LOT-A"));
        notify.publish(Events.lotHeld("LOT-G"));

        assertThat(rows(acme)).singleElement().satisfies(row -> assertThat(row.subject()).isEqualTo("LOT-A"));
    }

    @Test
    void a_granted_specification_covers_the_news_of_its_part() {
        notify.grants.grant("acme", GrantKind.SPECIFICATION, "SPEC-A", "admin", T, "by specification");
        Subscription acme = everythingFor("acme");
        notify.publish(Events.specCreated("SPEC-A", "P-ACME"));
        notify.publish(Events.specCreated("SPEC-B", "P-OTHER"));

        notify.publish(Events.revisionApproved("SPEC-A", 2));
        notify.publish(Events.revisionApproved("SPEC-B", 2));

        assertThat(rows(acme)).singleElement().satisfies(row -> assertThat(row.subject()).isEqualTo("SPEC-A"));
    }

    @Test
    void revoking_a_grant_stops_notifications_already_queued() {
        Subscription acme = notify.subscribe("acme", Set.of("P-ACME"), hook);
        notify.publish(Events.lotReceived("LOT-1", "P-ACME"));
        notify.publish(Events.lotHeld("LOT-1"));
        assertThat(notify.worker.runOnce()).isEqualTo(1);
        notify.publish(Events.lotReleased("LOT-1"));
        assertThat(rows(acme).get(0).status()).isEqualTo(DeliveryStatus.PENDING);

        notify.grants.revoke("acme", GrantKind.PART, "P-ACME", "admin", notify.clock.instant(), "contract ended");
        assertThat(notify.worker.runOnce()).isZero();
        notify.publish(Events.lotRejected("LOT-1"));

        assertThat(receiver.received()).hasSize(1);
        OutboxRow released = rows(acme).get(0);
        assertThat(released.status()).isEqualTo(DeliveryStatus.WITHHELD);
        assertThat(released.lastError()).contains("does not cover part P-ACME");
        assertThat(rows(acme)).hasSize(2); // the rejection after the revocation was not even queued
        assertThat(notify.grants.history("acme")).extracting(change -> change.action().name() + " " + change.reason())
                .containsExactly("GRANTED test set-up", "REVOKED contract ended");
    }

    @Test
    void a_hold_carries_the_public_reason_its_author_gave_and_never_the_internal_one() throws Exception {
        Subscription acme = notify.subscribe("acme", Set.of("P-ACME"), hook);
        notify.publish(Events.lotReceived("LOT-1", "P-ACME"));

        notify.publish(new LotHeld("LOT-1", HoldCategory.MANUAL, "supplier SUP-1 audit found porosity", "qe.anna", T,
                "Held for a supplier audit"));
        notify.publish(new LotReleased("LOT-1", "porosity within limits after re-test", "qe.anna", T, null,
                "Audit closed; released"));

        List<OutboxRow> newestFirst = rows(acme);
        JsonNode held = notify.db.json.readTree(newestFirst.get(1).body()).path("data");
        JsonNode released = notify.db.json.readTree(newestFirst.get(0).body()).path("data");
        assertThat(held.path("reason").asText()).isEqualTo("Held for a supplier audit");
        assertThat(released.path("reason").asText()).isEqualTo("Audit closed; released");
        assertThat(released.path("previousHoldReason").asText()).isEqualTo("Held for a supplier audit");
        assertThat(newestFirst).allSatisfy(row -> assertThat(row.body()).doesNotContain("porosity").doesNotContain("qe.anna"));
    }

    @Test
    void a_system_hold_gets_the_standard_text_of_its_category_with_the_specification_revision() throws Exception {
        Subscription acme = notify.subscribe("acme", Set.of("P-ACME"), hook);
        notify.publish(Events.specCreated("SPEC-A", "P-ACME"));
        notify.publish(Events.revisionEffective("SPEC-A", "P-ACME", 3, null, 1512.0));
        notify.publish(Events.lotReceived("LOT-1", "P-ACME"));

        notify.publish(new LotHeld("LOT-1", HoldCategory.NONCONFORMANCE, "HcJ 1480 kA/m < 1512 kA/m (sample S-7)",
                "conformance", T));

        OutboxRow row = rows(acme).get(0);
        assertThat(notify.db.json.readTree(row.body()).path("data").path("reason").asText())
                .isEqualTo("Held for nonconformance against specification SPEC-A rev 3");
        assertThat(row.body()).doesNotContain("1480");
    }

    @Test
    void decisions_on_changes_and_sources_name_neither_the_signers_reason_nor_the_signer() throws Exception {
        Subscription acme = notify.subscribe("acme", Set.of("P-ACME"), hook);
        notify.publish(Events.specCreated("SPEC-A", "P-ACME"));
        notify.publish(Events.changeRaised("EC-1", "SPEC-A"));

        notify.publish(Events.changeApproved("EC-1"));
        notify.publish(Events.sourceQualified("SEP-9", "SPEC-A", "EC-1"));

        List<OutboxRow> newestFirst = rows(acme);
        assertThat(notify.db.json.readTree(newestFirst.get(1).body()).path("data").path("reason").asText())
                .isEqualTo("Engineering change approved");
        assertThat(notify.db.json.readTree(newestFirst.get(0).body()).path("data").path("reason").asText())
                .isEqualTo("Qualified through engineering change EC-1");
        assertThat(newestFirst).allSatisfy(row -> assertThat(row.body()).doesNotContain("PPAP").doesNotContain("qe.bert"));
    }
}
