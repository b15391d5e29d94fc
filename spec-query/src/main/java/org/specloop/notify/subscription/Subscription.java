package org.specloop.notify.subscription;

import org.specloop.notify.message.Notification;
import java.time.Instant;

/** An OEM's standing request to be told about changes; endpointEnabled turns false on 410 Gone. */
public record Subscription(String id, String oem, SubscriptionFilter filter, Channel channel,
                           boolean endpointEnabled, String disabledReason, Instant createdAt) {

    public boolean admits(Notification notification) {
        return filter.admits(notification);
    }
}
