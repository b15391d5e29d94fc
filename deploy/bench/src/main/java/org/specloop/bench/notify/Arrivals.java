package org.specloop.bench.notify;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one channel received: the first arrival (System.nanoTime) of every CloudEvent id, the ids per
 * approval (specificationId#revision) and how many copies of an id came again. Delivery is at least
 * once, so a repeated id is a duplicate to report, not a second notification.
 */
final class Arrivals {
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern TYPE = Pattern.compile("\"type\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SPEC = Pattern.compile("\"specificationId\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern REVISION = Pattern.compile("\"revision\"\\s*:\\s*(\\d+)");

    private final String channel;
    private final Map<String, Long> firstArrival = new HashMap<>();
    private final Map<String, Set<String>> idsByApproval = new HashMap<>();
    private int duplicates;
    private int otherTypes;

    Arrivals(String channel) {
        this.channel = channel;
    }

    /** Records a CloudEvent (structured JSON) that arrived at nanos; the first "id" in the document is the event's. */
    synchronized void arrived(String cloudEvent, long nanos) {
        String id = first(ID, cloudEvent);
        if (!"org.specloop.spec.revision.approved.v1".equals(first(TYPE, cloudEvent))) {
            otherTypes++;
            return;
        }
        if (firstArrival.putIfAbsent(id, nanos) != null) {
            duplicates++;
            return;
        }
        String key = approvalKey(first(SPEC, cloudEvent), Integer.parseInt(first(REVISION, cloudEvent)));
        idsByApproval.computeIfAbsent(key, k -> new HashSet<>()).add(id);
    }

    static String approvalKey(String specificationId, int revision) {
        return specificationId + "#" + revision;
    }

    synchronized int approvalsSeen() {
        return idsByApproval.size();
    }

    /** The first arrival for the approval, or null; throws if two distinct notifications name it. */
    synchronized Long arrivalOf(String approvalKey) {
        Set<String> ids = idsByApproval.get(approvalKey);
        if (ids == null) {
            return null;
        }
        if (ids.size() != 1) {
            throw new IllegalStateException(channel + ": " + ids.size() + " distinct notifications for " + approvalKey + ": " + ids);
        }
        return firstArrival.get(ids.iterator().next());
    }

    synchronized int duplicates() {
        return duplicates;
    }

    synchronized int otherTypes() {
        return otherTypes;
    }

    synchronized int distinct() {
        return firstArrival.size();
    }

    String channel() {
        return channel;
    }

    private static String first(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("no " + pattern + " in " + text);
        }
        return matcher.group(1);
    }
}
