package org.specloop.app.deadletter;

import org.specloop.contracts.common.TextLimits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.specloop.app.deadletter.DeadLetterViews.EntryView;
import org.specloop.app.deadletter.DeadLetterViews.Eviction;
import org.specloop.app.deadletter.DeadLetterViews.GroupSummary;
import org.specloop.app.deadletter.DeadLetterViews.PageOf;
import org.specloop.app.deadletter.DeadLetterViews.RetryResult;
import org.specloop.app.deadletter.DeadLetterViews.SequenceView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The parked events of every processing group, through Axon's own dead-letter API: the queue to read
 * and evict, the group's dead-letter processor to retry (it runs the group's handlers on the parked
 * events in order, as the processor would have). Evictions are recorded in dead_letter_eviction in the
 * same transaction as the eviction, because Axon deletes the row and with it every trace of the event.
 */
@Component
public class DeadLetterAdmin {
    public static final int MAX_PAGE_SIZE = 200;
    public static final int MAX_REASON_LENGTH = TextLimits.REASON;
    /** A globally ordered group parks every later event behind the first: show the head of such a sequence. */
    public static final int MAX_ENTRIES_SHOWN = 50;
    private static final Logger log = LoggerFactory.getLogger(DeadLetterAdmin.class);

    private final EventProcessingConfiguration processing;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final ObjectMapper json;
    private final Clock clock;

    public DeadLetterAdmin(EventProcessingConfiguration processing, JdbcTemplate jdbc,
                           PlatformTransactionManager transactions, ObjectMapper json, Clock clock) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.clock = clock;
    }

    public List<GroupSummary> groups() {
        List<GroupSummary> groups = new ArrayList<>();
        for (String group : new TreeSet<>(processing.eventProcessors().keySet())) {
            processing.deadLetterQueue(group).ifPresent(queue ->
                    groups.add(new GroupSummary(group, queue.amountOfSequences(), queue.size())));
        }
        return groups;
    }

    public PageOf<SequenceView> sequences(String group, int page, int size) {
        checkPage(page, size);
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        long offset = (long) page * size;
        List<SequenceView> items = new ArrayList<>();
        long index = 0;
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            if (items.size() >= size) {
                break;
            }
            if (index++ >= offset) {
                items.add(view(sequence));
            }
        }
        return new PageOf<>(items, page, size, queue.amountOfSequences());
    }

    /**
     * Runs the group's handlers again on every parked sequence, or on the one {@code target} names (its
     * sequence identifier or the id of any of its entries). A sequence that fails again stays parked.
     */
    public RetryResult retry(String group, Optional<String> target) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing.sequencedDeadLetterProcessor(group)
                .orElseThrow(() -> DeadLetterRefused.noGroup(group));
        List<String> firstEntries = new ArrayList<>();
        if (target.isPresent()) {
            firstEntries.add(firstEntryOf(queue, group, target.get()));
        } else {
            // the processor picks a sequence by its first entry; snapshot them, as retrying changes the queue
            for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
                var letters = sequence.iterator();
                if (letters.hasNext()) {
                    firstEntries.add(entryId(letters.next()));
                }
            }
        }
        int processed = 0;
        int failed = 0;
        for (String first : firstEntries.stream().distinct().toList()) {
            if (processor.process(letter -> first.equals(entryId(letter)))) {
                processed++;
            } else {
                failed++;
            }
        }
        log.info("dead letters of {} retried: {} sequences processed, {} still failing", group, processed, failed);
        return new RetryResult(group, processed, failed, queue.amountOfSequences(), queue.size());
    }

    /**
     * Removes the entry {@code target} names, or every entry of the sequence it names, and records who
     * did it and why. Evicting the first entry of a sequence lets the next one be retried.
     */
    public List<Eviction> evict(String group, String target, String reason, String actor) {
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw DeadLetterRefused.invalid("reason is required: say why the event may be given up on");
        }
        if (why.length() > MAX_REASON_LENGTH) {
            throw DeadLetterRefused.invalid("reason must be at most " + MAX_REASON_LENGTH + " characters, got " + why.length());
        }
        SequencedDeadLetterQueue<EventMessage<?>> queue = queue(group);
        List<Eviction> evicted = transaction.execute(status -> {
            List<Eviction> done = new ArrayList<>();
            Instant now = clock.instant();
            for (DeadLetter<? extends EventMessage<?>> letter : letters(queue, group, target)) {
                Eviction eviction = record(group, letter, actor, now, why);
                queue.evict(letter);
                done.add(eviction);
            }
            return done;
        });
        log.warn("{} evicted {} dead letters of {} ({}): {}", actor, evicted.size(), group, target, why);
        return evicted;
    }

    public PageOf<Eviction> evictions(String group, int page, int size) {
        checkPage(page, size);
        String where = group == null ? "" : " WHERE processing_group = ?";
        Object[] args = group == null ? new Object[0] : new Object[]{group};
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM dead_letter_eviction" + where, Long.class, args);
        List<Eviction> items = jdbc.query("SELECT * FROM dead_letter_eviction" + where
                + " ORDER BY evicted_at DESC, eviction_id OFFSET " + ((long) page * size) + " ROWS FETCH NEXT " + size
                + " ROWS ONLY", (rs, n) -> new Eviction(rs.getString("eviction_id"), rs.getString("processing_group"),
                rs.getString("sequence_identifier"), rs.getString("dead_letter_id"), rs.getString("event_identifier"),
                rs.getString("payload_type"), rs.getString("aggregate_identifier"),
                rs.getObject("sequence_number") == null ? null : rs.getLong("sequence_number"),
                rs.getString("cause_type"), rs.getString("cause_message"), instant(rs.getTimestamp("enqueued_at")),
                rs.getString("evicted_by"), instant(rs.getTimestamp("evicted_at")), rs.getString("reason")), args);
        return new PageOf<>(items, page, size, total == null ? 0 : total);
    }

    private Eviction record(String group, DeadLetter<? extends EventMessage<?>> letter, String actor, Instant now, String reason) {
        EntryView entry = entry(letter);
        Eviction eviction = new Eviction(UUID.randomUUID().toString(), group, sequenceId(letter), entry.entryId(),
                entry.eventId(), entry.payloadType(), entry.aggregateId(), entry.aggregateSequenceNumber(),
                entry.causeType(), truncate(entry.causeMessage(), 1023), entry.enqueuedAt(), actor, now, reason);
        jdbc.update("INSERT INTO dead_letter_eviction (eviction_id, processing_group, sequence_identifier, dead_letter_id,"
                        + " event_identifier, payload_type, aggregate_identifier, sequence_number, cause_type, cause_message,"
                        + " enqueued_at, evicted_by, evicted_at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                eviction.evictionId(), group, truncate(eviction.sequenceIdentifier(), 255), eviction.entryId(),
                eviction.eventId(), truncate(eviction.payloadType(), 255), truncate(eviction.aggregateId(), 255),
                eviction.aggregateSequenceNumber(), truncate(eviction.causeType(), 255), eviction.causeMessage(),
                eviction.enqueuedAt() == null ? null : Timestamp.from(eviction.enqueuedAt()), truncate(actor, 255),
                Timestamp.from(now), reason);
        return eviction;
    }

    /** The entry the target names, or all of the sequence it names. */
    private List<DeadLetter<? extends EventMessage<?>>> letters(SequencedDeadLetterQueue<EventMessage<?>> queue,
                                                                 String group, String target) {
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            List<DeadLetter<? extends EventMessage<?>>> letters = new ArrayList<>();
            sequence.forEach(letters::add);
            for (DeadLetter<? extends EventMessage<?>> letter : letters) {
                if (target.equals(entryId(letter))) {
                    return List.of(letter);
                }
            }
            if (!letters.isEmpty() && target.equals(sequenceId(letters.get(0)))) {
                return letters;
            }
        }
        throw DeadLetterRefused.noSequence(group, target);
    }

    /** The first entry of the sequence the target names (by its identifier or any of its entries). */
    private String firstEntryOf(SequencedDeadLetterQueue<EventMessage<?>> queue, String group, String target) {
        for (Iterable<DeadLetter<? extends EventMessage<?>>> sequence : queue.deadLetters()) {
            String first = null;
            for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
                if (first == null) {
                    first = entryId(letter);
                    if (target.equals(sequenceId(letter))) {
                        return first;
                    }
                }
                if (target.equals(entryId(letter))) {
                    return first;
                }
            }
        }
        throw DeadLetterRefused.noSequence(group, target);
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String group) {
        if (!processing.eventProcessors().containsKey(group)) {
            throw DeadLetterRefused.noGroup(group);
        }
        return processing.deadLetterQueue(group).orElseThrow(() -> DeadLetterRefused.noGroup(group));
    }

    /** At most {@value #MAX_ENTRIES_SHOWN} entries of a sequence are shown; its size counts them all. */
    private SequenceView view(Iterable<DeadLetter<? extends EventMessage<?>>> sequence) {
        List<EntryView> entries = new ArrayList<>();
        String sequenceId = null;
        String first = null;
        int size = 0;
        for (DeadLetter<? extends EventMessage<?>> letter : sequence) {
            if (first == null) {
                sequenceId = sequenceId(letter);
                first = entryId(letter);
            }
            if (size++ < MAX_ENTRIES_SHOWN) {
                entries.add(entry(letter));
            }
        }
        return new SequenceView(sequenceId, first, size, entries);
    }

    private EntryView entry(DeadLetter<? extends EventMessage<?>> letter) {
        EventMessage<?> message = letter.message();
        String aggregateId = null;
        Long aggregateSequence = null;
        if (message instanceof DomainEventMessage<?> domain) {
            aggregateId = domain.getAggregateIdentifier();
            aggregateSequence = domain.getSequenceNumber();
        }
        return new EntryView(entryId(letter), letter instanceof JdbcDeadLetter<?> jdbcLetter ? jdbcLetter.getSequenceIndex() : 0,
                message.getIdentifier(), message.getPayloadType().getName(), aggregateId, aggregateSequence,
                message.getTimestamp(), letter.cause().map(c -> c.type()).orElse(null),
                letter.cause().map(c -> c.message()).orElse(null), letter.enqueuedAt(), letter.lastTouched(),
                payload(message));
    }

    /** The payload as the API would show it; an event that cannot be read any more says why instead. */
    private JsonNode payload(EventMessage<?> message) {
        try {
            return json.valueToTree(message.getPayload());
        } catch (RuntimeException e) {
            return JsonNodeFactory.instance.objectNode().put("unreadable", e.toString());
        }
    }

    /** Axon's JDBC queue names its entries; another queue's entries are named by their event. */
    static String entryId(DeadLetter<? extends EventMessage<?>> letter) {
        return letter instanceof JdbcDeadLetter<?> jdbcLetter ? jdbcLetter.getIdentifier() : letter.message().getIdentifier();
    }

    static String sequenceId(DeadLetter<? extends EventMessage<?>> letter) {
        return letter instanceof JdbcDeadLetter<?> jdbcLetter ? jdbcLetter.getSequenceIdentifier() : null;
    }

    private static void checkPage(int page, int size) {
        if (page < 0) {
            throw DeadLetterRefused.invalid("page must be 0 or more, got " + page);
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw DeadLetterRefused.invalid("size must be between 1 and " + MAX_PAGE_SIZE + ", got " + size);
        }
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
