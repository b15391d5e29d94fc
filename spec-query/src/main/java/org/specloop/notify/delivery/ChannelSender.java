package org.specloop.notify.delivery;

import org.specloop.notify.outbox.OutboxRow;
import org.specloop.notify.subscription.ChannelKind;
import org.specloop.notify.subscription.Subscription;

/** Sends one outbox row over one kind of channel and reports the outcome instead of throwing. */
public interface ChannelSender {

    ChannelKind kind();

    DeliveryOutcome send(OutboxRow row, Subscription subscription);
}
