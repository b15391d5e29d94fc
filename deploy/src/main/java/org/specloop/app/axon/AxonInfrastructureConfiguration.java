package org.specloop.app.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfigurer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.MessageOriginProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.GenericSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.specloop.readside.shared.NodeIdentity;
import org.specloop.command.axon.EventVersionRevisionResolver;
import org.specloop.command.axon.upcasting.MeasurementRecordedV1Upcaster;
import org.specloop.app.observability.trace.TraceDispatchInterceptor;
import org.specloop.infrastructure.web.RequestMetaDataInterceptor;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The event store, token store, saga store and dead-letter queues, all in the one relational
 * database (H2 embedded, PostgreSQL in production) whose schema Flyway owns. Declared here rather
 * than left to auto-configuration so that table names, batch size and gap handling are explicit.
 */
@Configuration
public class AxonInfrastructureConfiguration {
    /** A tenth of the reader's cache (10,000 events): it holds some 11,000 events at most. */
    static final int SHARED_READER_EVENTS_PER_READ = 1_000;

    static final EventSchema EVENT_SCHEMA = EventSchema.builder()
            .eventTable("domain_event_entry").snapshotTable("snapshot_event_entry").build();
    static final TokenSchema TOKEN_SCHEMA = TokenSchema.builder().setTokenTable("token_entry").build();
    static final SagaSchema SAGA_SCHEMA = new SagaSchema("saga_entry", "association_value_entry");
    static final DeadLetterSchema DEAD_LETTER_SCHEMA = DeadLetterSchema.builder().deadLetterTable("dead_letter_entry").build();

    /** One Jackson serializer for events, messages, tokens and sagas: readable JSON, no XStream. */
    @Bean
    @Primary
    public Serializer serializer(ObjectMapper objectMapper) {
        ObjectMapper mapper = objectMapper.copy()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        return new CachingJacksonSerializer(JacksonSerializer.builder()
                .objectMapper(mapper)
                .revisionResolver(new EventVersionRevisionResolver()));
    }

    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    public MeasurementRecordedV1Upcaster measurementRecordedV1Upcaster() {
        return new MeasurementRecordedV1Upcaster();
    }

    @Bean
    public ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    public EventStorageEngine eventStorageEngine(ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                                 Serializer serializer, List<EventUpcaster> upcasters,
                                                 EventStoreProperties properties) {
        return JdbcEventStorageEngine.builder()
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(EVENT_SCHEMA)
                .dataType(byte[].class)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .upcasterChain(new EventUpcasterChain(upcasters))
                .persistenceExceptionResolver(new UniqueKeyViolationResolver())
                .batchSize(properties.batchSize())
                .gapTimeout((int) properties.gapTimeout().toMillis())
                .maxGapOffset(properties.maxGapOffset())
                .gapCleaningThreshold(properties.gapCleaningThreshold())
                .lowestGlobalSequence(1)
                .build();
    }

    /**
     * Axon's embedded store, as its auto-configuration builds it, with the choice of its shared reader,
     * whose tailing reads end every {@value #SHARED_READER_EVENTS_PER_READ} events (ChunkedTailReads): with
     * one endless read the reader kept every event since it began, and at 10^6 measurements the node ran
     * out of memory. {@code specloop.event-store.shared-reader=false} has each processor read its own
     * batches instead; it is not the default because after a PostgreSQL or Kafka restart on a three-node
     * cluster some processors' own reads did not resume (the fault tests, docs/benchmarks.md).
     */
    @Bean
    public EmbeddedEventStore eventStore(EventStorageEngine storageEngine, org.axonframework.config.Configuration configuration,
                                         EventStoreProperties properties) {
        return EmbeddedEventStore.builder()
                .storageEngine(new ChunkedTailReads(storageEngine, SHARED_READER_EVENTS_PER_READ))
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .optimizeEventConsumption(properties.sharedReader())
                .build();
    }

    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer,
                                 EventStoreProperties properties, NodeIdentity node) {
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .serializer(serializer)
                .schema(TOKEN_SCHEMA)
                .claimTimeout(properties.claimTimeout())
                .nodeId(node.id())
                .build();
    }

    @Bean
    public SagaStore<Object> sagaStore(ConnectionProvider connectionProvider, Serializer serializer, DataSource dataSource) {
        return JdbcSagaStore.builder()
                .connectionProvider(connectionProvider)
                .sqlSchema(isPostgres(dataSource) ? new PostgresSagaSqlSchema(SAGA_SCHEMA) : new GenericSagaSqlSchema(SAGA_SCHEMA))
                .serializer(serializer)
                .build();
    }

    /**
     * Pooled streaming processors everywhere, batched; a failing event is parked in the
     * dead-letter table with its cause (and later events of the same aggregate wait behind it)
     * instead of blocking the whole processor. {@code specloop.event-store.processor-type=tracking}
     * swaps in Axon's tracking processors (one thread per segment) so that the benchmark baseline
     * measures the set-up most Axon applications start with, in this same application.
     */
    @Bean
    public ConfigurerModule pooledProcessorsWithDeadLetters(ConnectionProvider connectionProvider, TransactionManager transactionManager,
                                                  Serializer serializer, EventStoreProperties properties,
                                                  ListableBeanFactory beans, EventAvailability availability,
                                                  JdbcTemplate jdbcTemplate) {
        return new LastConfigurerModule(configurer -> configurer.eventProcessing(processing -> {
            // Per group, as Axon only offers it per group: remember which aggregates have dead letters
            // (otherwise every event costs a query on the dead-letter table), and let a replay reset
            // the processor (its dead letters are cleared with its projection).
            processingGroups(beans).forEach(group -> processing.registerDeadLetteringEventHandlerInvokerConfiguration(
                    group, (config, invoker) -> invoker.enableSequenceIdentifierCache().allowReset(true)));
            // a group listed here is put back into one sequence (none is by default: lot-conformance and sourcing
            // are sequenced per part, loop-feedback per aggregate in one segment, the rest per aggregate): one
            // sequence named by a String, whose hash (it picks the segment) is the same on every node. Axon's
            // SequentialPolicy returns a plain Object with a per-JVM identity hash: on several nodes each picked
            // its own segment, and events were handled by two nodes or by none.
            properties.globallyOrdered().forEach(group ->
                    processing.registerSequencingPolicy(group, c -> event -> group));
            if (properties.processorType() == EventStoreProperties.ProcessorType.TRACKING) {
                processing
                    .usingTrackingEventProcessors()
                    .registerTrackingEventProcessorConfiguration(c -> TrackingEventProcessorConfiguration
                            .forParallelProcessing(properties.initialSegments())
                            .andBatchSize(properties.processorBatchSize()));
                properties.storeOrdered().forEach(group -> processing.registerTrackingEventProcessorConfiguration(group,
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(properties.processorBatchSize())));
            } else {
                processing
                    .usingPooledStreamingEventProcessors()
                    .registerPooledStreamingEventProcessorConfiguration((config, builder) -> {
                        ProcessorExecutors executors = new ProcessorExecutors();
                        config.onShutdown(executors::shutdown);
                        return builder
                            .messageSource(availability.wrap(config.eventStore()))
                            .batchSize(properties.processorBatchSize())
                            .initialSegmentCount(properties.initialSegments())
                            .claimExtensionThreshold(properties.tokenRefresh().toMillis())
                            .coordinatorExecutor(executors::coordinator)
                            .workerExecutor(executors::workers);
                    });
                // projections only (the policy groups keep processor-batch-size): a replay of query-lots
                // spent as much time committing and storing tokens as writing rows (docs/benchmarks.md, "replay")
                // and store order for the groups that join many aggregates' facts (loop-feedback: LoopSequencing).
                // Axon keeps one configuration per group, so a group's settings are registered together.
                Map<String, EventProcessingConfigurer.PooledStreamingProcessorConfiguration> perGroup = new HashMap<>();
                processingGroups(beans).stream().filter(group -> group.startsWith(EventStoreProperties.PROJECTION_PREFIX))
                        .forEach(group -> perGroup.merge(group, (config, builder) -> builder.batchSize(properties.projectionBatchSize()),
                                EventProcessingConfigurer.PooledStreamingProcessorConfiguration::andThen));
                ProjectionCommits projectionCommits = new ProjectionCommits(jdbcTemplate);
                processingGroups(beans).stream().filter(group -> group.startsWith(EventStoreProperties.PROJECTION_PREFIX))
                        .forEach(group -> processing.registerHandlerInterceptor(group, config -> projectionCommits));
                properties.storeOrdered().forEach(group -> perGroup.merge(group, (config, builder) -> builder.initialSegmentCount(1),
                        EventProcessingConfigurer.PooledStreamingProcessorConfiguration::andThen));
                perGroup.forEach(processing::registerPooledStreamingEventProcessorConfiguration);
            }
            // Axon's limits (1,024 sequences, 1,024 events per sequence) overflowed on one busy part: the overflow
            // stops the segment. Transient failures are handled again instead of parked (TransientFailures).
            processing.registerDeadLetterQueueProvider(processingGroup -> config -> JdbcSequencedDeadLetterQueue.builder()
                    .processingGroup(processingGroup)
                    .connectionProvider(connectionProvider)
                    .transactionManager(transactionManager)
                    .schema(DEAD_LETTER_SCHEMA)
                    .genericSerializer(serializer)
                    .eventSerializer(serializer)
                    .maxSequences(properties.deadLetterMaxSequences())
                    .maxSequenceSize(properties.deadLetterMaxSequenceSize())
                    .build());
            processing.registerDefaultDeadLetterPolicy(config -> new TransientFailures());
        }));
    }

    /** Wakes the pooled processors when events are committed (Axon's own fallback is a 500 ms poll). */
    @Bean(destroyMethod = "close")
    public EventAvailability eventAvailability(EventStoreProperties properties) {
        return new EventAvailability(properties.pollInterval(), properties.localWait(), properties.wakeCoalesce());
    }

    /** The processing groups of the event handlers (@ProcessingGroup on their class), read without creating the beans. */
    static Set<String> processingGroups(ListableBeanFactory beans) {
        Set<String> groups = new TreeSet<>();
        for (String name : beans.getBeanNamesForAnnotation(ProcessingGroup.class)) {
            ProcessingGroup group = beans.findAnnotationOnBean(name, ProcessingGroup.class);
            if (group != null) {
                groups.add(group.value());
            }
        }
        return groups;
    }

    /**
     * Runs after Axon's own modules. Axon's Spring Boot JDBC auto-configuration registers a dead-letter
     * queue provider too, one that answers "none" unless axon.eventhandling.processors.NAME.dlq.enabled
     * is set; at the same order whichever module ran last won, and the processors ran without a queue
     * (a failing event was logged and skipped).
     */
    private record LastConfigurerModule(ConfigurerModule module) implements ConfigurerModule {
        @Override
        public void configureModule(org.axonframework.config.Configurer configurer) {
            module.configureModule(configurer);
        }

        @Override
        public int order() {
            return Integer.MAX_VALUE;
        }
    }

    @Bean(destroyMethod = "shutdownNow")
    public ScheduledExecutorService commandRetryExecutor() {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "command-retry");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Bean
    public CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService commandRetryExecutor,
                                         TraceDispatchInterceptor traceDispatchInterceptor) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new ConcurrencyRetryScheduler(commandRetryExecutor, 5, 20))
                .dispatchInterceptors(new RequestMetaDataInterceptor(), traceDispatchInterceptor)
                .build();
    }

    /** Events inherit the command's correlation id and the actor who caused them. */
    @Bean
    public CorrelationDataProvider messageOriginProvider() {
        return new MessageOriginProvider();
    }

    @Bean
    public CorrelationDataProvider actorCorrelationProvider() {
        return new SimpleCorrelationDataProvider(RequestMetaDataInterceptor.ACTOR);
    }

    private static boolean isPostgres(DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("cannot reach the database", e);
        }
    }
}
