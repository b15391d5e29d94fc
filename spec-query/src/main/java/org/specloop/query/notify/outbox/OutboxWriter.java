package org.specloop.query.notify.outbox;

import org.specloop.query.notify.event.Notification;
import org.specloop.query.notify.subscription.Subscription;
import org.specloop.query.notify.subscription.SubscriptionRepository;

import java.time.Clock;

/**
 * Matches a notification against every subscription and queues one row per match. Runs inside the
 * event processor's transaction, so rows and the processor's token commit together: an event is
 * either fully queued or will be handled again, and a re-handled (or replayed) event finds its rows
 * by their stable ids and adds nothing.
 */
public class OutboxWriter {
    private final SubscriptionRepository subscriptions;
    private final OutboxRepository outbox;
    private final CloudEvents cloudEvents;
    private final Clock clock;

    public OutboxWriter(SubscriptionRepository subscriptions, OutboxRepository outbox, CloudEvents cloudEvents, Clock clock) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.cloudEvents = cloudEvents;
        this.clock = clock;
    }

    /** @return how many rows were queued */
    /** @param traceparent the W3C trace context the event carried, passed on to the receiver; may be null */
    public int write(Notification notification, String eventId, String traceparent) {
        int queued = 0;
        for (Subscription subscription : subscriptions.all()) {
            if (!subscription.admits(notification)) {
                continue;
            }
            String id = CloudEvents.id(eventId, subscription.id());
            if (outbox.exists(id)) {
                continue;
            }
            outbox.insert(id, subscription.id(), notification.subject(), notification.type(), notification.time(),
                    cloudEvents.render(id, notification, traceparent), traceparent, clock.instant());
            queued++;
        }
        return queued;
    }
}
