package org.specloop.app.notify;

import org.specloop.ingest.KafkaProperties;
import org.specloop.notify.SharedKafkaBrokers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One Kafka setting for the site: specloop.kafka.bootstrap-servers is bound on the ingest side, and OEM
 * notifications, which do not depend on ingest, deliver to the same brokers unless
 * specloop.notify.kafka.bootstrap-servers names others. The application is where the two sides meet.
 */
@Configuration
public class NotifyKafkaConfiguration {

    @Bean
    public SharedKafkaBrokers notifySharedKafkaBrokers(KafkaProperties kafka) {
        return kafka::bootstrapServers;
    }
}
