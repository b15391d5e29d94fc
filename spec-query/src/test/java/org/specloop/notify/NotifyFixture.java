package org.specloop.notify;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.GenericTrackedEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.specloop.notify.delivery.ChannelSender;
import org.specloop.notify.delivery.DeliveryMetrics;
import org.specloop.notify.delivery.DeliveryWorker;
import org.specloop.notify.delivery.KafkaSender;
import org.specloop.notify.delivery.RetryPolicy;
import org.specloop.notify.delivery.WebhookSender;
import org.specloop.notify.event.NotifyOutboxProjection;
import org.specloop.notify.event.QualifiedSourceTable;
import org.specloop.notify.event.SubjectTable;
import org.specloop.notify.grant.GrantKind;
import org.specloop.notify.grant.GrantRepository;
import org.specloop.notify.message.Severity;
import org.specloop.notify.outbox.CloudEvents;
import org.specloop.notify.outbox.OutboxRepository;
import org.specloop.notify.outbox.OutboxSignal;
import org.specloop.notify.outbox.OutboxWriter;
import org.specloop.notify.subscription.Channel;
import org.specloop.notify.subscription.Subscription;
import org.specloop.notify.subscription.SubscriptionFilter;
import org.specloop.notify.subscription.SubscriptionRepository;
import org.specloop.notify.subscription.WebhookUrlPolicy;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The notification pipeline without Spring or an event store: events go through Axon's handler
 * adapter (so @MessageIdentifier and @Timestamp resolve as in the app), and the worker is run by hand.
 */
public final class NotifyFixture implements AutoCloseable {
    public static final Instant START = Instant.parse("2026-03-01T08:00:00Z");
    /** The node id the fixture's worker takes its leases under. */
    public static final String NODE = "node1";
    public final NotifyTestDatabase db = new NotifyTestDatabase();
    public final MutableClock clock = new MutableClock(START);
    public final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    public final NotifyProperties properties;
    public final SubscriptionRepository subscriptions;
    public final GrantRepository grants;
    public final OutboxRepository outbox;
    public final NotifyOutboxProjection projection;
    public final DeliveryWorker worker;
    public final KafkaSender kafka;
    private final AnnotationEventHandlerAdapter handlers;
    private final ExecutorService pool = Executors.newFixedThreadPool(2);

    public NotifyFixture(List<Duration> schedule, String kafkaBootstrap) {
        this(schedule, kafkaBootstrap, OutboxRepository::new);
    }

    /** With an outbox of the test's making, e.g. one whose database fails at a chosen moment. */
    public NotifyFixture(List<Duration> schedule, String kafkaBootstrap, Function<JdbcTemplate, OutboxRepository> outboxOnDatabase) {
        properties = NotifyProperties.defaults()
                .withWebhook(new NotifyProperties.Webhook(Duration.ofSeconds(2), Duration.ofSeconds(2), List.of("127.0.0.1")))
                .withKafka(new NotifyProperties.Kafka(kafkaBootstrap, Duration.ofMillis(500), Duration.ofSeconds(4),
                        Duration.ofSeconds(2), "specloop.oem."));
        subscriptions = new SubscriptionRepository(db.jdbc, db.json);
        grants = new GrantRepository(db.jdbc);
        outbox = outboxOnDatabase.apply(db.jdbc);
        CloudEvents cloudEvents = new CloudEvents(db.json, "http://specloop.test");
        projection = new NotifyOutboxProjection(new SubjectTable(db.jdbc), new QualifiedSourceTable(db.jdbc),
                new OutboxWriter(subscriptions, grants, outbox, cloudEvents, clock, new OutboxSignal()), db.json, "http://specloop.test");
        handlers = new AnnotationEventHandlerAdapter(projection);
        kafka = new KafkaSender(properties.kafka());
        WebhookSender webhook = new WebhookSender(Duration.ofSeconds(2), Duration.ofSeconds(2), new WebhookUrlPolicy(properties), clock);
        List<ChannelSender> senders = List.of(webhook, kafka);
        worker = new DeliveryWorker(outbox, subscriptions, grants, senders, new RetryPolicy(schedule, false, Duration.ofHours(1),
                new Random(1)), new DeliveryMetrics(meters), pool, clock, NODE, 100, Duration.ofMinutes(1), Duration.ofMillis(500));
    }

    /** Subscribes an OEM to parts that an administrator granted it first, as the API requires. */
    public Subscription subscribe(String oem, Set<String> parts, Channel channel) {
        parts.forEach(part -> grant(oem, part));
        Subscription subscription = new Subscription(UUID.randomUUID().toString(), oem,
                new SubscriptionFilter(parts, Set.of(), Set.of(), Severity.INFO), channel, true, null, clock.instant());
        subscriptions.insert(subscription);
        return subscription;
    }

    public void grant(String oem, String part) {
        grants.grant(oem, GrantKind.PART, part, "admin", clock.instant(), "test set-up");
    }

    /** Hands an event to the projection through Axon's annotation adapter, as the event processor would. Returns its id. */
    public String publish(Object event) {
        return publish(event, UUID.randomUUID().toString());
    }

    /** Publishes with a given event id: the same id twice is what a replay or a retried batch looks like. */
    public String publish(Object event, String eventId) {
        return publish(event, eventId, Map.of());
    }

    /** Publishes with metadata, e.g. the traceparent a request put on the command behind the event. */
    public String publish(Object event, String eventId, Map<String, ?> metaData) {
        GenericEventMessage<Object> message = new GenericEventMessage<>(eventId, event, metaData,
                clock.instant());
        try {
            handlers.handle(message);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return message.getIdentifier();
    }

    /**
     * Hands events to the projection in one batch as the pooled processor does: one BatchingUnitOfWork over
     * all of them, committed after the last.
     */
    public void publishInOneBatch(List<? extends EventMessage<?>> messages) {
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(new java.util.ArrayList<>(messages));
        try {
            batch.executeWithResult(() -> handlers.handle(batch.getMessage()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** An event message with a chosen id, as a batch holds it. */
    public EventMessage<?> message(Object event, String eventId) {
        return new GenericEventMessage<>(eventId, event, Map.of(), clock.instant());
    }

    /** The same, as a replay after a reset delivers it (Axon's replay token): the projection must queue nothing. */
    public EventMessage<?> replayed(Object event, String eventId, long position) {
        return new GenericTrackedEventMessage<>(ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(1_000_000),
                new GlobalSequenceTrackingToken(position)), message(event, eventId));
    }

    @Override
    public void close() {
        pool.shutdownNow();
        kafka.close();
    }
}
