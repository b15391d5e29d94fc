package org.specloop.kit.event;

/**
 * What the OEM does with a notification: called once per notification id (the kit deduplicates before).
 * Throwing leaves the notification unacknowledged, so SpecLoop (webhook) or the consumer (Kafka) tries again.
 */
@FunctionalInterface
public interface NotificationHandler {
    void handle(Notification notification) throws Exception;
}
