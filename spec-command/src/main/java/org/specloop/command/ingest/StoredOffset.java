package org.specloop.command.ingest;

/** Key of a consumed position kept in the database next to the state it produced. */
public record StoredOffset(String groupId, String topic, int partition) {
}
