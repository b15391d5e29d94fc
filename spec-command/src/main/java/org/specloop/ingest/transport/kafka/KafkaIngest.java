package org.specloop.ingest.transport.kafka;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.specloop.ingest.parse.RunControlParser;
import org.specloop.ingest.translate.CommandIngest;
import org.specloop.ingest.IngestMetrics;
import org.specloop.ingest.IngestOffsets;
import org.specloop.ingest.IngestProperties;
import org.specloop.ingest.KafkaProperties;
import org.specloop.ingest.translate.LabMessages;
import org.specloop.ingest.rig.RigIngestEngine;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.stereotype.Component;

/**
 * Starts the ingest consumers on their own threads when specloop.ingest.kafka.enabled=true, after
 * the rest of the application (commands must be deliverable), and stops them first on shutdown,
 * each with a last flush of its state and offsets. Each runs under a ConsumerSupervisor, which replaces
 * a consumer that failed (ingest.consumer.restarts counts it).
 */
@Component
@Conditional(KafkaIngest.Enabled.class)
class KafkaIngest implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(KafkaIngest.class);

    private final IngestProperties.Kafka config;
    private final String bootstrap;
    private final RigIngestEngine engine;
    private final IngestOffsets offsets;
    private final CommandIngest commands;
    private final IngestMetrics metrics;
    private final Clock clock;
    private final LabMessages lab;
    private final RunControlParser control;
    private final IngestPause pause;
    private static final Duration RESTART_FIRST_PAUSE = Duration.ofSeconds(1);
    private static final Duration RESTART_MAX_PAUSE = Duration.ofSeconds(30);
    private final List<ConsumerSupervisor> supervisors = new ArrayList<>();
    private KafkaProducer<byte[], byte[]> producer;

    /** specloop.ingest.kafka.enabled as IngestProperties binds it, so that its default is the record's alone. */
    static class Enabled implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Binder.get(context.getEnvironment()).bindOrCreate(IngestProperties.PREFIX, IngestProperties.class)
                    .kafka().enabled();
        }
    }

    public KafkaIngest(IngestProperties properties, KafkaProperties kafka,
                       RigIngestEngine engine, IngestOffsets offsets, CommandIngest commands, IngestMetrics metrics,
                       Clock clock, LabMessages lab, RunControlParser control) {
        this.config = properties.kafka();
        this.bootstrap = kafka.bootstrapServers();
        this.engine = engine;
        this.offsets = offsets;
        this.commands = commands;
        this.metrics = metrics;
        this.clock = clock;
        this.lab = lab;
        this.control = control;
        this.pause = new IngestPause(config.startPaused());
        metrics.pausedGauge(pause::requested);
    }

    /** The switch an operator pauses and resumes this node's consumers with (IngestAdminController). */
    public IngestPause pause() {
        return pause;
    }

    @Override
    public synchronized void start() {
        producer = new KafkaProducer<>(producerProperties());
        ConsumerCommons commons = new ConsumerCommons(
                new DeadLetterPublisher(producer, config.topics().deadLetter(), clock), metrics, pause,
                config.maxRecordBytes());
        RigTopicConsumer.Settings rig = new RigTopicConsumer.Settings(config.groupIdPrefix() + "-rig",
                config.topics().rigRuns(), config.topics().rigSamples(), config.flushInterval(), config.flushRecords(),
                config.maxPollRecords());
        for (int i = 0; i < config.rigConsumers(); i++) {
            String client = "rig-" + i;
            launch("ingest-rig-" + i, () -> new RigTopicConsumer(new KafkaConsumer<>(consumerProperties(rig.groupId(), client),
                    new ByteArrayDeserializer(), new RigRecordDeserializer(config.topics().rigSamples(), config.maxRecordBytes())),
                    commons, rig, engine, offsets, clock, control));
        }
        launch("ingest-lot-receipts", () -> new CommandTopicConsumer(
                new KafkaConsumer<>(consumerProperties(config.groupIdPrefix() + "-lot-receipts", "lots")),
                commons, config.topics().lotReceipts(), lab::lotReceipt, commands));
        launch("ingest-lab-measurements", () -> new CommandTopicConsumer(
                new KafkaConsumer<>(consumerProperties(config.groupIdPrefix() + "-lab-measurements", "lab")),
                commons, config.topics().labMeasurements(), lab::labMeasurement, commands));
        log.info("Kafka ingest started on {} ({} rig consumer(s){})", bootstrap, config.rigConsumers(),
                pause.requested() ? ", paused until POST /api/admin/ingest/resume" : "");
    }

    private void launch(String name, Supplier<ConsumerSupervisor.Loop> consumer) {
        ConsumerSupervisor supervisor = new ConsumerSupervisor(name, consumer, () -> metrics.consumerRestarted(name), clock,
                RESTART_FIRST_PAUSE, RESTART_MAX_PAUSE);
        supervisor.start();
        supervisors.add(supervisor);
    }

    @Override
    public synchronized void stop() {
        supervisors.forEach(s -> s.stop(Duration.ofSeconds(30)));
        if (producer != null) {
            producer.close();
        }
        supervisors.clear();
        producer = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return producer != null;
    }

    /** After Axon's processors (which run at Integer.MAX_VALUE / 2 and above), so commands can be stored. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }

    private Properties consumerProperties(String groupId, String clientSuffix) {
        return IngestConsumerSettings.properties(config, bootstrap, groupId, "specloop-" + clientSuffix);
    }

    private Properties producerProperties() {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.CLIENT_ID_CONFIG, "specloop-dead-letters");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        // a refused record is parked whole: the producer must take the largest record a consumer may see
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Integer.toString(Math.max(1024 * 1024,
                Math.max(config.maxRecordBytes(), 4 * 1024 * 1024) + 64 * 1024)));
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return p;
    }
}
