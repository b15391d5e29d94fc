package org.specloop.notify;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.specloop.contracts.change.EngineeringChangeApproved;
import org.specloop.contracts.change.EngineeringChangeRejected;
import org.specloop.contracts.common.SignatureMeaning;
import org.specloop.notify.message.NotificationTypes;
import org.specloop.notify.outbox.OutboxRow;
import org.specloop.notify.subscription.Channel;
import org.specloop.notify.subscription.Subscription;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NotifyOutboxProjectionTest {
    private final NotifyFixture notify = new NotifyFixture(List.of(Duration.ofSeconds(5)), "");
    private final Channel hook = Channel.webhook("http://127.0.0.1:1/hook", List.of(WebhookSignature.newSecret()));

    @AfterEach
    void close() {
        notify.close();
    }

    private List<OutboxRow> rows(Subscription s) {
        List<OutboxRow> newestFirst = new java.util.ArrayList<>(notify.outbox.ofSubscription(s.id(), null, 100));
        java.util.Collections.reverse(newestFirst);
        return newestFirst;
    }

    private JsonNode body(OutboxRow row) throws Exception {
        return notify.db.json.readTree(row.body());
    }

    @Test
    void a_held_lot_is_queued_only_for_the_oem_of_its_part() throws Exception {
        Subscription acme = notify.subscribe("acme", Set.of("P-ACME"), hook);
        Subscription globex = notify.subscribe("globex", Set.of("P-GLOBEX"), hook);
        notify.publish(Events.lotReceived("LOT-1", "P-ACME"));

        String eventId = notify.publish(Events.lotHeld("LOT-1"));

        assertThat(rows(globex)).isEmpty();
        assertThat(rows(acme)).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(eventId + "_" + acme.id());
            assertThat(row.subject()).isEqualTo("LOT-1");
            JsonNode event = body(row);
            assertThat(event.path("type").asText()).isEqualTo(NotificationTypes.LOT_HELD);
            assertThat(event.path("partitionkey").asText()).isEqualTo("LOT-1");
            assertThat(event.path("data").path("partNumber").asText()).isEqualTo("P-ACME");
            assertThat(event.path("data").path("previousState").asText()).isEqualTo("RECEIVED");
            // the public text of a source-change hold, never the internal reason the event carries
            assertThat(event.path("data").path("reason").asText())
                    .isEqualTo("Held pending an engineering change: its declared supply chain differs from the qualified one");
            assertThat(row.body()).doesNotContain("separator differs");
        });
    }

    @Test
    void the_trace_context_of_the_event_goes_with_its_notification_when_well_formed() throws Exception {
        Subscription acme = notify.subscribe("acme", Set.of("P-ACME"), hook);
        notify.publish(Events.lotReceived("LOT-1", "P-ACME"));
        notify.publish(Events.lotReceived("LOT-2", "P-ACME"));
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

        notify.publish(Events.lotHeld("LOT-1"), "e-traced", java.util.Map.of("traceparent", traceparent));
        notify.publish(Events.lotHeld("LOT-2"), "e-forged", java.util.Map.of("traceparent", "00-<script>-x-01"));

        List<OutboxRow> rows = rows(acme);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).traceparent()).isEqualTo(traceparent);
        assertThat(body(rows.get(0)).path("traceparent").asText()).isEqualTo(traceparent);
        assertThat(rows.get(1).traceparent()).isNull();
        assertThat(body(rows.get(1)).has("traceparent")).isFalse();
    }

    @Test
    void handling_the_same_event_again_queues_nothing_new() {
        Subscription acme = notify.subscribe("acme", Set.of("P-ACME"), hook);
        notify.publish(Events.lotReceived("LOT-1", "P-ACME"));
        String eventId = notify.publish(Events.lotHeld("LOT-1"));

        notify.publish(Events.lotHeld("LOT-1"), eventId);

        assertThat(rows(acme)).hasSize(1);
    }

    @Test
    void a_lot_whose_receipt_was_never_seen_is_queued_for_nobody() {
        Subscription acme = notify.subscribe("acme", Set.of("P-ACME"), hook);
        Subscription none = notify.subscribe("acme", Set.of(), hook);

        notify.publish(Events.lotHeld("LOT-UNKNOWN"));

        assertThat(rows(acme)).isEmpty();
        assertThat(rows(none)).isEmpty();
    }

    @Test
    void a_released_lot_carries_the_hold_it_leaves() throws Exception {
        Subscription acme = notify.subscribe("acme", Set.of("P-ACME"), hook);
        notify.publish(Events.lotReceived("LOT-1", "P-ACME"));
        notify.publish(Events.lotHeld("LOT-1"));

        notify.publish(Events.lotReleased("LOT-1"));

        JsonNode data = body(rows(acme).get(1)).path("data");
        assertThat(data.path("previousState").asText()).isEqualTo("HELD");
        assertThat(data.path("previousHoldReason").asText()).startsWith("Held pending an engineering change");
        assertThat(data.path("reason").asText()).isEqualTo("Released for use");
        assertThat(body(rows(acme).get(1)).toString()).doesNotContain("separator differs").doesNotContain("requalified");
        assertThat(data.path("state").asText()).isEqualTo("RELEASED");
    }

    @Test
    void an_effective_revision_carries_superseded_and_new_limits() throws Exception {
        Subscription acme = notify.subscribe("acme", Set.of("P-ACME"), hook);
        notify.publish(Events.specCreated("SPEC-A", "P-ACME"));
        notify.publish(Events.revisionEffective("SPEC-A", "P-ACME", 1, null, 1512.0));

        notify.publish(Events.revisionEffective("SPEC-A", "P-ACME", 2, 1, 1592.0));

        JsonNode data = body(rows(acme).get(1)).path("data");
        assertThat(data.path("revision").asInt()).isEqualTo(2);
        assertThat(data.path("supersededRevision").asInt()).isEqualTo(1);
        assertThat(data.path("evidence").asText()).isEqualTo("http://specloop.test/api/specifications/SPEC-A/revisions/2");
        assertThat(data.path("limitChanges")).singleElement().satisfies(change -> {
            assertThat(change.path("characteristic").asText()).isEqualTo("HcJ");
            assertThat(change.path("previous").path("min").asDouble()).isEqualTo(1512.0);
            assertThat(change.path("current").path("min").asDouble()).isEqualTo(1592.0);
        });
    }

    @Test
    void a_change_decision_reaches_the_oem_of_the_changed_specification() throws Exception {
        Subscription acme = notify.subscribe("acme", Set.of("P-ACME"), hook);
        Subscription globex = notify.subscribe("globex", Set.of("P-GLOBEX"), hook);
        notify.publish(Events.specCreated("SPEC-A", "P-ACME"));
        notify.publish(Events.changeRaised("EC-1", "SPEC-A"));

        notify.publish(Events.changeApproved("EC-1"));

        assertThat(rows(globex)).isEmpty();
        assertThat(rows(acme)).extracting(OutboxRow::eventType)
                .containsExactly(NotificationTypes.CHANGE_RAISED, NotificationTypes.CHANGE_APPROVED);
        JsonNode data = body(rows(acme).get(1)).path("data");
        assertThat(data.path("partNumber").asText()).isEqualTo("P-ACME");
        assertThat(data.path("status").asText()).isEqualTo("APPROVED");
    }

    @Test
    void a_change_decision_tells_the_oem_the_public_reason_and_never_the_signed_one() throws Exception {
        Subscription acme = notify.subscribe("acme", Set.of("P-ACME"), hook);
        notify.publish(Events.specCreated("SPEC-A", "P-ACME"));
        notify.publish(Events.changeRaised("EC-1", "SPEC-A"));
        notify.publish(Events.changeRaised("EC-2", "SPEC-A"));

        notify.publish(new EngineeringChangeApproved("EC-1", "qe.bert", "SEP-9 audit closed, PPAP lot 7 porosity accepted",
                SignatureMeaning.APPROVED, Events.T, "Second separator qualified after requalification"));
        notify.publish(new EngineeringChangeRejected("EC-2", "qe.bert", "SEP-8 price dispute, audit findings open", Events.T,
                "The proposed source was not qualified"));

        List<OutboxRow> rows = rows(acme);
        assertThat(rows).extracting(OutboxRow::eventType).containsExactly(NotificationTypes.CHANGE_RAISED,
                NotificationTypes.CHANGE_RAISED, NotificationTypes.CHANGE_APPROVED, NotificationTypes.CHANGE_REJECTED);
        assertThat(body(rows.get(2)).path("data").path("reason").asText())
                .isEqualTo("Second separator qualified after requalification");
        assertThat(body(rows.get(3)).path("data").path("reason").asText()).isEqualTo("The proposed source was not qualified");
        assertThat(rows.get(2).body()).doesNotContain("porosity").doesNotContain("qe.bert");
        assertThat(rows.get(3).body()).doesNotContain("price dispute").doesNotContain("qe.bert");
    }

    @Test
    void a_change_decision_without_a_public_reason_reads_a_neutral_text() throws Exception {
        Subscription acme = notify.subscribe("acme", Set.of("P-ACME"), hook);
        notify.publish(Events.specCreated("SPEC-A", "P-ACME"));
        notify.publish(Events.changeRaised("EC-1", "SPEC-A"));
        notify.publish(Events.changeRaised("EC-2", "SPEC-A"));

        notify.publish(Events.changeApproved("EC-1"));
        notify.publish(Events.changeRejected("EC-2"));

        List<OutboxRow> rows = rows(acme);
        assertThat(body(rows.get(2)).path("data").path("reason").asText()).isEqualTo("Engineering change approved");
        assertThat(body(rows.get(3)).path("data").path("reason").asText()).isEqualTo("Engineering change rejected");
        assertThat(rows.get(2).body()).doesNotContain("PPAP resubmitted");
        assertThat(rows.get(3).body()).doesNotContain("not qualified");
    }

    @Test
    void a_qualified_source_is_told_only_to_the_oem_of_the_specifications_part() throws Exception {
        Subscription acme = notify.subscribe("acme", Set.of("P-ACME"), hook);
        Subscription globex = notify.subscribe("globex", Set.of("P-GLOBEX"), hook);
        notify.publish(Events.specCreated("SPEC-A", "P-ACME"));

        notify.publish(Events.sourceQualified("SEP-9", "SPEC-A", "EC-SRC-LOT-7"));

        assertThat(rows(globex)).isEmpty();
        assertThat(rows(acme)).singleElement().satisfies(row -> {
            assertThat(row.eventType()).isEqualTo(NotificationTypes.SOURCE_QUALIFICATION_CHANGED);
            assertThat(row.subject()).isEqualTo("SEP-9");
            JsonNode data = body(row).path("data");
            assertThat(data.path("partNumber").asText()).isEqualTo("P-ACME");
            assertThat(data.path("specificationId").asText()).isEqualTo("SPEC-A");
            assertThat(data.path("tier").asText()).isEqualTo("SEPARATOR");
            assertThat(data.path("status").asText()).isEqualTo("QUALIFIED");
            assertThat(data.path("evidence").asText()).endsWith("/api/changes/EC-SRC-LOT-7");
        });
    }

    @Test
    void a_certificate_warning_is_told_once_per_qualifying_specification_to_the_oems_entitled_to_it() throws Exception {
        Subscription acme = notify.subscribe("acme", Set.of("P-ACME", "P-ACME-2"), hook);
        Subscription globex = notify.subscribe("globex", Set.of("P-GLOBEX"), hook);
        Subscription initech = notify.subscribe("initech", Set.of("P-INITECH"), hook);
        notify.publish(Events.specCreated("SPEC-A", "P-ACME"));
        notify.publish(Events.specCreated("SPEC-A2", "P-ACME-2"));
        notify.publish(Events.specCreated("SPEC-G", "P-GLOBEX"));
        notify.publish(Events.specCreated("SPEC-I", "P-INITECH"));
        notify.publish(Events.revisionQualifying("SPEC-A", "P-ACME", 1, Events.separator("SEP-1")));
        notify.publish(Events.revisionQualifying("SPEC-G", "P-GLOBEX", 1, Events.separator("SEP-2")));
        notify.publish(Events.revisionQualifying("SPEC-I", "P-INITECH", 1, Events.separator("SEP-1")));
        // initech's spec drops SEP-1 with its next revision; acme's second spec takes it on through a change
        notify.publish(Events.revisionQualifying("SPEC-I", "P-INITECH", 2, Events.separator("SEP-2")));
        notify.publish(Events.sourceQualified("SEP-1", "SPEC-A2", "EC-7"));
        List<OutboxRow> before = rows(acme);

        String warning = notify.publish(Events.certificateExpiring("SEP-1"));
        String expiry = notify.publish(Events.certificateExpired("SEP-1"));

        assertThat(rows(globex)).noneMatch(row -> row.eventType().startsWith("org.specloop.source.certificate"));
        assertThat(rows(initech)).noneMatch(row -> row.eventType().startsWith("org.specloop.source.certificate"));
        List<OutboxRow> told = rows(acme).subList(before.size(), rows(acme).size());
        assertThat(told).extracting(OutboxRow::eventType).containsExactly(NotificationTypes.SOURCE_CERTIFICATE_EXPIRING,
                NotificationTypes.SOURCE_CERTIFICATE_EXPIRING, NotificationTypes.SOURCE_CERTIFICATE_EXPIRED,
                NotificationTypes.SOURCE_CERTIFICATE_EXPIRED);
        assertThat(told).extracting(OutboxRow::subject).containsOnly("SEP-1");
        assertThat(told).extracting(OutboxRow::specificationId).containsExactly("SPEC-A", "SPEC-A2", "SPEC-A", "SPEC-A2");
        assertThat(told).extracting(OutboxRow::id).doesNotHaveDuplicates().doesNotContain(warning + "_" + acme.id());

        JsonNode warned = body(told.get(0));
        assertThat(warned.path("severity").asText()).isEqualTo("WARNING");
        assertThat(warned.path("source").asText()).isEqualTo("urn:specloop:source");
        JsonNode data = warned.path("data");
        assertThat(data.path("partNumber").asText()).isEqualTo("P-ACME");
        assertThat(data.path("tier").asText()).isEqualTo("SEPARATOR");
        assertThat(data.path("certificateType").asText()).isEqualTo("RMI RMAP");
        assertThat(data.path("certificateNumber").asText()).isEqualTo("R-SEP-1");
        assertThat(data.path("expiresOn").asText()).isEqualTo("2026-03-21");
        assertThat(data.path("daysLeft").asInt()).isEqualTo(20);
        assertThat(data.path("warningDays").asInt()).isEqualTo(30);
        assertThat(data.path("status").asText()).isEqualTo("EXPIRING");
        assertThat(data.path("evidence").asText()).isEqualTo("http://specloop.test/api/sources/SEP-1");
        JsonNode expired = body(told.get(3));
        assertThat(expired.path("severity").asText()).isEqualTo("CRITICAL");
        assertThat(expired.path("data").path("status").asText()).isEqualTo("EXPIRED");
        assertThat(expired.path("data").path("partNumber").asText()).isEqualTo("P-ACME-2");
        assertThat(expired.path("data").path("daysSinceExpiry").asInt()).isZero();

        // the same events handled again (a retried batch) find their rows by id and add nothing
        notify.publish(Events.certificateExpiring("SEP-1"), warning);
        notify.publish(Events.certificateExpired("SEP-1"), expiry);
        assertThat(rows(acme)).hasSize(before.size() + 4);
    }

    @Test
    void a_disqualified_sources_certificates_are_news_to_nobody() {
        Subscription acme = notify.subscribe("acme", Set.of("P-ACME"), hook);
        notify.publish(Events.specCreated("SPEC-A", "P-ACME"));
        notify.publish(Events.revisionQualifying("SPEC-A", "P-ACME", 1, Events.separator("SEP-1")));
        notify.publish(Events.disqualified("SEP-1"));

        notify.publish(Events.certificateExpiring("SEP-1"));

        assertThat(rows(acme)).noneMatch(row -> row.eventType().startsWith("org.specloop.source.certificate"));
    }
}
