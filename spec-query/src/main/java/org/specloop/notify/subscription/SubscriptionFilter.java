package org.specloop.notify.subscription;

import org.specloop.notify.message.Notification;
import org.specloop.notify.message.Severity;
import java.util.Set;

/**
 * What an OEM wants to hear about, within what its grant allows (the grant is checked apart, by the
 * outbox and again at delivery; notify.grant). A part-specific notification (spec, change, lot, source)
 * passes when the subscription names its part number or its specification id, or when it names neither
 * (then it hears about every part its grant covers). Empty eventTypes means every type.
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
        if (!notification.partSpecific() || (partNumbers.isEmpty() && specificationIds.isEmpty())) {
            return true;
        }
        return (notification.partNumber() != null && partNumbers.contains(notification.partNumber()))
                || (notification.specificationId() != null && specificationIds.contains(notification.specificationId()));
    }
}
