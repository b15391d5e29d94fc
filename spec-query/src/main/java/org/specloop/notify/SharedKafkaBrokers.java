package org.specloop.notify;

/**
 * The site's Kafka brokers (specloop.kafka.bootstrap-servers), which Kafka subscriptions are delivered to
 * unless specloop.notify.kafka.bootstrap-servers names others. The key is bound on the ingest side, which
 * notifications do not depend on; the application provides this bean where both meet.
 */
@FunctionalInterface
public interface SharedKafkaBrokers {
    String bootstrapServers();
}
