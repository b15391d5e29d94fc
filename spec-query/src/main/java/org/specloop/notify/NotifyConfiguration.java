package org.specloop.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.specloop.notify.delivery.ChannelSender;
import org.specloop.notify.delivery.DeliveryMetrics;
import org.specloop.notify.delivery.DeliveryScheduler;
import org.specloop.notify.delivery.DeliveryWorker;
import org.specloop.notify.delivery.KafkaSender;
import org.specloop.notify.delivery.OutboxGauges;
import org.specloop.notify.delivery.RetryPolicy;
import org.specloop.notify.delivery.WebhookSender;
import org.specloop.notify.event.NotifyOutboxProjection;
import org.specloop.notify.event.QualifiedSourceTable;
import org.specloop.notify.event.SubjectTable;
import org.specloop.notify.grant.GrantRepository;
import org.specloop.notify.outbox.CloudEvents;
import org.specloop.notify.outbox.OutboxRepository;
import org.specloop.notify.outbox.OutboxSignal;
import org.specloop.notify.outbox.OutboxWriter;
import org.specloop.notify.subscription.SubscriptionRepository;
import org.specloop.notify.subscription.WebhookUrlPolicy;
import org.specloop.readside.shared.NodeIdentity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** Wiring of OEM notifications: outbox projection, senders and the delivery worker. */
@Configuration
@EnableConfigurationProperties(NotifyProperties.class)
public class NotifyConfiguration {

    @Bean
    public CloudEvents notifyCloudEvents(ObjectMapper objectMapper, NotifyProperties properties) {
        return new CloudEvents(objectMapper, properties.publicBaseUrl());
    }

    @Bean
    public OutboxSignal notifyOutboxSignal() {
        return new OutboxSignal();
    }

    @Bean
    public OutboxWriter notifyOutboxWriter(SubscriptionRepository subscriptions, GrantRepository grants, OutboxRepository outbox,
                                           CloudEvents notifyCloudEvents, ObjectProvider<Clock> clocks,
                                           OutboxSignal notifyOutboxSignal) {
        return new OutboxWriter(subscriptions, grants, outbox, notifyCloudEvents, clock(clocks), notifyOutboxSignal);
    }

    @Bean
    public NotifyOutboxProjection notifyOutboxProjection(SubjectTable lookup, QualifiedSourceTable qualifiedSources,
                                                         OutboxWriter notifyOutboxWriter, ObjectMapper objectMapper,
                                                         NotifyProperties properties) {
        return new NotifyOutboxProjection(lookup, qualifiedSources, notifyOutboxWriter, objectMapper,
                properties.publicBaseUrl());
    }

    /** Unless notifications name their own brokers, the site's (SharedKafkaBrokers, when the application has them). */
    @Bean(destroyMethod = "close")
    public KafkaSender notifyKafkaSender(NotifyProperties properties, ObjectProvider<SharedKafkaBrokers> shared) {
        return KafkaSender.forBrokers(properties.kafka(), shared.getIfAvailable());
    }

    @Bean
    public WebhookSender notifyWebhookSender(NotifyProperties properties, WebhookUrlPolicy urlPolicy, ObjectProvider<Clock> clocks) {
        return new WebhookSender(properties.webhook().connectTimeout(), properties.webhook().requestTimeout(), urlPolicy,
                clock(clocks));
    }

    @Bean(destroyMethod = "close")
    public DeliveryWorker notifyDeliveryWorker(OutboxRepository outbox, SubscriptionRepository subscriptions,
                                               GrantRepository grants, List<ChannelSender> senders, NotifyProperties properties,
                                               ObjectProvider<MeterRegistry> registry, ObjectProvider<Clock> clocks,
                                               ObjectProvider<NodeIdentity> node) {
        NotifyProperties.Delivery delivery = properties.delivery();
        RetryPolicy retryPolicy = new RetryPolicy(delivery.retrySchedule(), delivery.fullJitter(), delivery.maxRetryAfter(),
                new SecureRandom());
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, delivery.threads()), runnable -> {
            Thread thread = new Thread(runnable, "notify-delivery-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        return new DeliveryWorker(outbox, subscriptions, grants, senders, retryPolicy,
                new DeliveryMetrics(registry.getIfAvailable(() -> Metrics.globalRegistry)), pool, clock(clocks),
                node.getIfAvailable(() -> NodeIdentity.of(null)).id(), delivery.batchSize(), delivery.lease(), properties.kafka().retryDelay());
    }

    @Bean
    public OutboxGauges notifyOutboxGauges(OutboxRepository outbox, ObjectProvider<Clock> clocks) {
        return new OutboxGauges(outbox, clock(clocks), java.time.Duration.ofSeconds(5));
    }

    /** The background worker; off with specloop.notify.enabled=false (e.g. on nodes that only serve queries). */
    @Bean
    @Conditional(DeliveryEnabled.class)
    public DeliveryScheduler notifyDeliveryScheduler(DeliveryWorker notifyDeliveryWorker, OutboxSignal notifyOutboxSignal,
                                                     NotifyProperties properties) {
        return new DeliveryScheduler(notifyDeliveryWorker::runOnce, notifyOutboxSignal, properties.delivery().pollInterval());
    }

    /** specloop.notify.enabled as NotifyProperties binds it, so that its default is the record's alone. */
    static class DeliveryEnabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment()).bindOrCreate(NotifyProperties.PREFIX, NotifyProperties.class).enabled();
        }
    }

    /** The application's clock when there is one (the command side defines it), else the system clock. */
    private static Clock clock(ObjectProvider<Clock> clocks) {
        return clocks.getIfUnique(Clock::systemUTC);
    }
}
