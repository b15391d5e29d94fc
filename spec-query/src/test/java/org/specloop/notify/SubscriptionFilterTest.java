package org.specloop.notify;

import org.junit.jupiter.api.Test;
import org.specloop.notify.grant.OemGrants;
import org.specloop.notify.message.Notification;
import org.specloop.notify.message.NotificationTypes;
import org.specloop.notify.message.Severity;
import org.specloop.notify.subscription.SubscriptionFilter;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionFilterTest {

    private static Notification lotHeld(String part) {
        return new Notification(NotificationTypes.LOT_HELD, "urn:specloop:lot", "LOT-1", Severity.CRITICAL, true, part, null,
                Instant.EPOCH, Map.of());
    }

    private static Notification revisionEffective(String part, String spec) {
        return new Notification(NotificationTypes.REVISION_EFFECTIVE, "urn:specloop:specification", spec, Severity.WARNING,
                true, part, spec, Instant.EPOCH, Map.of());
    }

    private static Notification sourceChanged() {
        return new Notification(NotificationTypes.SOURCE_QUALIFICATION_CHANGED, "urn:specloop:source", "SRC-1",
                Severity.WARNING, false, null, null, Instant.EPOCH, Map.of());
    }

    @Test
    void an_oem_never_receives_another_oems_part() {
        SubscriptionFilter acme = new SubscriptionFilter(Set.of("P-ACME"), Set.of(), Set.of(), Severity.INFO);

        assertThat(acme.admits(lotHeld("P-ACME"))).isTrue();
        assertThat(acme.admits(lotHeld("P-GLOBEX"))).isFalse();
        assertThat(acme.admits(revisionEffective("P-GLOBEX", "SPEC-G"))).isFalse();
    }

    @Test
    void a_subscription_without_part_filter_leaves_the_choice_of_parts_to_the_grant() {
        SubscriptionFilter everything = new SubscriptionFilter(Set.of(), Set.of(), Set.of(), Severity.INFO);
        OemGrants acme = new OemGrants("acme", Set.of("P-ACME"), Set.of());

        assertThat(everything.admits(lotHeld("P-ACME"))).isTrue();
        assertThat(acme.covers("P-ACME", null)).isTrue();
        assertThat(acme.covers("P-GLOBEX", "SPEC-G")).isFalse();
    }

    @Test
    void a_part_specific_notification_of_unknown_part_goes_to_nobody() {
        SubscriptionFilter acme = new SubscriptionFilter(Set.of("P-ACME"), Set.of(), Set.of(), Severity.INFO);
        OemGrants everything = new OemGrants("acme", Set.of("P-ACME"), Set.of("SPEC-A"));

        assertThat(acme.admits(lotHeld(null))).isFalse();
        assertThat(everything.covers(null, null)).isFalse();
    }

    @Test
    void a_granted_specification_covers_its_news_whatever_the_part() {
        OemGrants bySpec = new OemGrants("acme", Set.of(), Set.of("SPEC-A"));

        assertThat(bySpec.covers("P-ANY", "SPEC-A")).isTrue();
        assertThat(bySpec.covers("P-ANY", "SPEC-B")).isFalse();
    }

    @Test
    void a_specification_filter_matches_by_specification_id() {
        SubscriptionFilter bySpec = new SubscriptionFilter(Set.of(), Set.of("SPEC-A"), Set.of(), Severity.INFO);

        assertThat(bySpec.admits(revisionEffective("P-ACME", "SPEC-A"))).isTrue();
        assertThat(bySpec.admits(revisionEffective("P-ACME", "SPEC-B"))).isFalse();
    }

    @Test
    void event_types_and_minimum_severity_narrow_the_match() {
        SubscriptionFilter heldOnly = new SubscriptionFilter(Set.of("P-ACME"), Set.of(), Set.of(NotificationTypes.LOT_HELD),
                Severity.INFO);
        SubscriptionFilter criticalOnly = new SubscriptionFilter(Set.of("P-ACME"), Set.of(), Set.of(), Severity.CRITICAL);

        assertThat(heldOnly.admits(lotHeld("P-ACME"))).isTrue();
        assertThat(heldOnly.admits(revisionEffective("P-ACME", "SPEC-A"))).isFalse();
        assertThat(criticalOnly.admits(lotHeld("P-ACME"))).isTrue();
        assertThat(criticalOnly.admits(revisionEffective("P-ACME", "SPEC-A"))).isFalse();
    }
}
