package org.specloop.app.deadletter;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/** What the dead-letter API answers: groups, parked sequences and their entries, retries and evictions. */
public final class DeadLetterViews {
    private DeadLetterViews() {
    }

    /** A processing group and how much it has parked; a group with nothing parked is listed with zeros. */
    public record GroupSummary(String group, long sequences, long events) {
    }

    /**
     * Events of one sequence (one aggregate, or the whole group for the globally ordered ones) waiting
     * behind the first, which is the one that failed; the later ones were parked only to keep their order.
     */
    public record SequenceView(String sequenceIdentifier, String firstEntryId, int size, List<EntryView> entries) {
    }

    /** One parked event with the error that parked it (or, for later entries, the error of the first). */
    public record EntryView(String entryId, long sequenceIndex, String eventId, String payloadType,
                            String aggregateId, Long aggregateSequenceNumber, Instant eventTimestamp,
                            String causeType, String causeMessage, Instant enqueuedAt, Instant lastTouched,
                            JsonNode payload) {
    }

    /** One page of a list; total counts every item so that clients can page on. */
    public record PageOf<T>(List<T> items, int page, int size, long total) {
    }

    /**
     * The outcome of a retry: sequences handled to their end and removed from the queue, sequences that
     * failed again (parked as before, with the new cause), and what the group still has parked.
     */
    public record RetryResult(String group, int processed, int failed, long parkedSequences, long parkedEvents) {
    }

    /** An entry an administrator gave up on: what it was, who evicted it, when and why. */
    public record Eviction(String evictionId, String group, String sequenceIdentifier, String entryId, String eventId,
                           String payloadType, String aggregateId, Long aggregateSequenceNumber, String causeType,
                           String causeMessage, Instant enqueuedAt, String evictedBy, Instant evictedAt,
                           String reason) {
    }

    /** The outcome of an eviction: the entries removed, each as recorded. */
    public record EvictResult(String group, int evicted, List<Eviction> evictions, long parkedSequences, long parkedEvents) {
    }
}
