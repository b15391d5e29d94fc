package org.specloop.ingest.transport.kafka;

import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.RangeAssignor;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.specloop.ingest.IngestProperties;

/**
 * The settings of an ingest consumer: SpecLoop's defaults, then the operator's
 * specloop.ingest.kafka.consumer[...] overrides, then what SpecLoop's offset handling depends on
 * (its own group and commits, earliest reset, byte deserializers; the rig consumers read their values with
 * RigRecordDeserializer), which no override may change.
 */
final class IngestConsumerSettings {

    /** Kafka's own default: larger fetches read the samples topic further ahead of the run control and measured slower. */
    static final int DEFAULT_MAX_PARTITION_FETCH_BYTES = 1024 * 1024;
    static final int DEFAULT_FETCH_MAX_WAIT_MS = 100;

    private IngestConsumerSettings() {
    }

    static Properties properties(IngestProperties.Kafka config, String bootstrap, String groupId, String clientId) {
        Properties p = new Properties();
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Integer.toString(DEFAULT_MAX_PARTITION_FETCH_BYTES));
        p.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, Integer.toString(DEFAULT_FETCH_MAX_WAIT_MS));
        p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(config.maxPollRecords()));
        p.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, Long.toString(config.sessionTimeout().toMillis()));
        // the broker is asked at a third of the session timeout, as Kafka recommends
        p.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG,
                Long.toString(Math.max(500, config.sessionTimeout().toMillis() / 3)));
        p.putAll(config.consumer());
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, clientId);
        // offsets live in the database next to the state they belong to; Kafka's copy is for monitoring
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // a run's control and samples partitions carry the same number, and one consumer must get both
        p.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, RangeAssignor.class.getName());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return p;
    }
}
