package org.specloop.ingest;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * specloop.kafka.*: the site's Kafka cluster. Ingest reads from it (when specloop.ingest.kafka.enabled), and
 * OEM notifications write to it unless specloop.notify.kafka.bootstrap-servers names other brokers.
 *
 * @param bootstrapServers the brokers, host:port[,host:port...] (environment variable SPECLOOP_KAFKA_BOOTSTRAP_SERVERS)
 */
@ConfigurationProperties("specloop.kafka")
public record KafkaProperties(@DefaultValue("127.0.0.1:9092") String bootstrapServers) {
}
