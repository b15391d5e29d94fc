package org.specloop.ingest.transport.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.junit.jupiter.api.Test;
import org.specloop.ingest.IngestProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class IngestConsumerSettingsTest {

    private static Properties settings(Map<String, String> applicationProperties) {
        Binder binder = new Binder(new MapConfigurationPropertySource(applicationProperties));
        IngestProperties properties = binder.bindOrCreate("specloop.ingest", IngestProperties.class);
        return IngestConsumerSettings.properties(properties.kafka(), "broker:9092", "specloop-ingest-rig", "specloop-rig-0");
    }

    @Test
    void defaultsFetchOneMegabytePerPartition() {
        Properties p = settings(Map.of());

        assertThat(p.getProperty(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG)).isEqualTo("1048576");
        assertThat(p.getProperty(ConsumerConfig.MAX_POLL_RECORDS_CONFIG)).isEqualTo("5000");
        assertThat(p.getProperty(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG)).isEqualTo("3333");
    }

    @Test
    void operatorSettingsWithDotsInTheirNamesReachTheConsumer() {
        Properties p = settings(Map.of(
                "specloop.ingest.kafka.consumer[max.partition.fetch.bytes]", "262144",
                "specloop.ingest.kafka.consumer[security.protocol]", "SASL_SSL"));

        assertThat(p.getProperty(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG)).isEqualTo("262144");
        assertThat(p.getProperty("security.protocol")).isEqualTo("SASL_SSL");
    }

    @Test
    void operatorSettingsCannotTakeOverOffsetsGroupOrDeserialization() {
        Properties p = settings(Map.of(
                "specloop.ingest.kafka.consumer[enable.auto.commit]", "true",
                "specloop.ingest.kafka.consumer[group.id]", "someone-else",
                "specloop.ingest.kafka.consumer[auto.offset.reset]", "latest",
                "specloop.ingest.kafka.consumer[value.deserializer]",
                "org.apache.kafka.common.serialization.StringDeserializer"));

        assertThat(p.getProperty(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG)).isEqualTo("false");
        assertThat(p.getProperty(ConsumerConfig.GROUP_ID_CONFIG)).isEqualTo("specloop-ingest-rig");
        assertThat(p.getProperty(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG)).isEqualTo("earliest");
        assertThat(p.getProperty(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG))
                .isEqualTo("org.apache.kafka.common.serialization.ByteArrayDeserializer");
    }
}
