package org.specloop.notify.subscription;

import org.specloop.notify.message.Notification;
import org.specloop.notify.message.Severity;
import java.util.Set;

/**
 * What an OEM wants to hear about. The rule that keeps customers apart: a part-specific
 * notification (spec, change, lot) reaches a subscription only if the subscription names its part
 * number or its specification id. Empty part and specification filters therefore mean "no
 * part-specific notifications at all", never "all parts"; such a subscription receives only
 * notifications that concern no part (none today; kept so a future type without a part has a rule). Empty
 * eventTypes means every type.
 */
public record SubscriptionFilter(Set<String> partNumbers, Set<String> specificationIds, Set<String> eventTypes,
                                 Severity minimumSeverity) {

    public SubscriptionFilter {
        partNumbers = partNumbers == null ? Set.of() : Set.copyOf(partNumbers);
        specificationIds = specificationIds == null ? Set.of() : Set.copyOf(specificationIds);
        eventTypes = eventTypes == null ? Set.of() : Set.copyOf(eventTypes);
        minimumSeverity = minimumSeverity == null ? Severity.INFO : minimumSeverity;
    }

    public boolean admits(Notification notification) {
        if (!eventTypes.isEmpty() && !eventTypes.contains(notification.type())) {
            return false;
        }
        if (!notification.severity().atLeast(minimumSeverity)) {
            return false;
        }
        if (!notification.partSpecific()) {
            return true;
        }
        return (notification.partNumber() != null && partNumbers.contains(notification.partNumber()))
                || (notification.specificationId() != null && specificationIds.contains(notification.specificationId()));
    }
}
