package org.specloop.query.notify.delivery;

import org.specloop.query.notify.outbox.OutboxRow;
import org.specloop.query.notify.subscription.ChannelKind;
import org.specloop.query.notify.subscription.Subscription;

/** Sends one outbox row over one kind of channel and reports the outcome instead of throwing. */
public interface ChannelSender {

    ChannelKind kind();

    DeliveryOutcome send(OutboxRow row, Subscription subscription);
}
