package org.specloop.notify.outbox;

import org.specloop.notify.grant.GrantRepository;
import org.specloop.notify.grant.OemGrants;
import org.specloop.notify.message.Notification;
import org.specloop.notify.subscription.Subscription;
import org.specloop.notify.subscription.SubscriptionRepository;
import org.specloop.readside.shared.PerBatch;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Matches a notification against every subscription and queues one row per match, for OEMs whose grant
 * covers the notification's part or specification (the subscription's own filter alone never suffices:
 * an OEM chooses its filter, an admin its grant). Runs inside the
 * event processor's transaction, so rows and the processor's token commit together: an event is
 * either fully queued or will be handled again, and a re-handled event finds its rows by their stable
 * ids and adds nothing. A replay of the group does not call it (NotifyOutboxProjection).
 * <p>
 * The subscriptions, and each OEM's grants, are read once per processor batch: every notification read them
 * all again before. A subscription or grant changed while a batch runs applies from the next batch on, as one
 * changed while an event waits in the processor's queue always did; the delivery worker checks the grant again
 * before sending (DeliveryWorker), so a revoked grant still stops what was queued.
 */
public class OutboxWriter {
    private static final Pattern TRACEPARENT = Pattern.compile("00-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}");
    private final SubscriptionRepository subscriptions;
    private final GrantRepository grants;
    private final OutboxRepository outbox;
    private final CloudEvents cloudEvents;
    private final Clock clock;
    private final OutboxSignal queued;
    /** Names this writer's lookups among the batch's resources. */
    private final String batchKey = Lookups.class.getName() + "@" + System.identityHashCode(this);

    /** What a batch read of subscriptions and grants. */
    private static final class Lookups {
        private List<Subscription> subscriptions;
        private final Map<String, OemGrants> grantsOfOem = new HashMap<>();
    }

    public OutboxWriter(SubscriptionRepository subscriptions, GrantRepository grants, OutboxRepository outbox,
                        CloudEvents cloudEvents, Clock clock, OutboxSignal queued) {
        this.subscriptions = subscriptions;
        this.grants = grants;
        this.outbox = outbox;
        this.cloudEvents = cloudEvents;
        this.clock = clock;
        this.queued = queued;
    }

    /**
     * @param traceparent the W3C trace context the event carried, passed on to the receiver; may be null
     * @return how many rows were queued
     */
    public int write(Notification notification, String eventId, String traceparent) {
        // only a well-formed version 00 value goes out to OEMs; anything else is dropped, not forwarded
        String trace = traceparent != null && TRACEPARENT.matcher(traceparent).matches() ? traceparent : null;
        int count = 0;
        Lookups batch = PerBatch.current(batchKey, Lookups::new, read -> { });
        Lookups lookups = batch != null ? batch : new Lookups();
        if (lookups.subscriptions == null) {
            lookups.subscriptions = subscriptions.all();
        }
        for (Subscription subscription : lookups.subscriptions) {
            if (!subscription.admits(notification) || !lookups.grantsOfOem.computeIfAbsent(subscription.oem(), grants::of)
                    .covers(notification.partNumber(), notification.specificationId())) {
                continue;
            }
            String id = CloudEvents.id(eventId, subscription.id());
            if (outbox.exists(id)) {
                continue;
            }
            outbox.insert(id, subscription.id(), notification.subject(), notification.type(), notification.time(),
                    cloudEvents.render(id, notification, trace), trace, clock.instant(), notification.partNumber(),
                    notification.specificationId());
            count++;
        }
        if (count > 0) {
            queued.wakeAfterCommit();
        }
        return count;
    }
}
