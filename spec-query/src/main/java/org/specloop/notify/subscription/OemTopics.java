package org.specloop.notify.subscription;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Kafka topic of an OEM account: prefix + account + ".notifications", e.g.
 * specloop.oem.oem.acme.notifications. The server names it; an OEM cannot choose one, so a
 * subscription can never write into SpecLoop's own topics (ingest, dead letters) or another OEM's:
 * two different accounts always give two different topics, and no own topic starts with the prefix.
 */
public final class OemTopics {
    public static final String SUFFIX = ".notifications";
    private static final Pattern LEGAL = Pattern.compile("[A-Za-z0-9._-]+");
    private static final int MAX_TOPIC = 249;
    private final String prefix;

    public OemTopics(String prefix) {
        if (prefix == null || prefix.isEmpty() || !LEGAL.matcher(prefix).matches()) {
            throw new IllegalArgumentException("the OEM topic prefix must be 1 or more of A-Z a-z 0-9 . _ -, not " + prefix);
        }
        this.prefix = prefix;
    }

    /** Empty when the account's name cannot be part of a Kafka topic name (then it gets no Kafka channel). */
    public Optional<String> topicOf(String oem) {
        if (oem == null || !LEGAL.matcher(oem).matches()) {
            return Optional.empty();
        }
        String topic = prefix + oem + SUFFIX;
        return topic.length() <= MAX_TOPIC ? Optional.of(topic) : Optional.empty();
    }

    public String prefix() {
        return prefix;
    }
}
