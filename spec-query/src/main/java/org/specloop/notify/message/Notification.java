package org.specloop.notify.message;


import java.time.Instant;
import java.util.Map;

/**
 * One thing an OEM may be told, before it is matched to subscriptions. partSpecific says whether
 * the news belongs to a part: if so it may only go to subscriptions naming that part or specification,
 * and when neither is known it goes to nobody rather than to everybody.
 *
 * @param source  CloudEvents source, the kind of object that changed
 * @param subject CloudEvents subject and Kafka key: the object's id, so one object's news stays in order
 * @param time    when the underlying event happened (the event's timestamp)
 * @param data    the CloudEvent data, already in its JSON shape (strings, numbers, lists, maps)
 */
public record Notification(String type, String source, String subject, Severity severity, boolean partSpecific,
                           String partNumber, String specificationId, Instant time, Map<String, Object> data) {
}
