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
    private final OutboxSignal queued;

    public OutboxWriter(SubscriptionRepository subscriptions, OutboxRepository outbox, CloudEvents cloudEvents, Clock clock,
                        OutboxSignal queued) {
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.cloudEvents = cloudEvents;
        this.clock = clock;
        this.queued = queued;
    }

    /** @return how many rows were queued */
    public int write(Notification notification, String eventId) {
        int count = 0;
        for (Subscription subscription : subscriptions.all()) {
            if (!subscription.admits(notification)) {
                continue;
            }
            String id = CloudEvents.id(eventId, subscription.id());
            if (outbox.exists(id)) {
                continue;
            }
            outbox.insert(id, subscription.id(), notification.subject(), notification.type(), notification.time(),
                    cloudEvents.render(id, notification), clock.instant());
            count++;
        }
        if (count > 0) {
            queued.wakeAfterCommit();
        }
        return count;
    }
}
