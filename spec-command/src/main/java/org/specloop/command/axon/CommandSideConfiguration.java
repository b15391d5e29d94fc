package org.specloop.command.axon;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;
import org.specloop.command.change.EngineeringChange;
import org.specloop.command.kernel.PastInstants;
import org.specloop.command.lot.MagnetLot;
import org.specloop.command.motor.MotorTestRun;
import org.specloop.command.motordesign.MotorDesign;
import org.specloop.command.specification.Specification;
import org.specloop.command.registry.SupplySource;
import org.specloop.command.sourcing.SourceQualification;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.util.List;

/**
 * Registers the aggregates explicitly instead of through Axon's Spring stereotype, so that the
 * domain classes carry no Spring annotation; the aggregate list grows as aggregates are added.
 */
@Configuration
class CommandSideConfiguration {

    /** Aggregates of the write side; each one is event sourced from the JDBC event store. */
    public static final List<Class<?>> AGGREGATES = List.of(
            Specification.class, MagnetLot.class, SupplySource.class, EngineeringChange.class,
            MotorTestRun.class, MotorDesign.class, SourceQualification.class);

    @Bean
    public CommandTargetResolver commandTargetResolver() {
        return new FirstComponentTargetResolver();
    }

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }

    /** The future-instant check of every write path (REST, NDJSON, Kafka), on the server's clock. */
    @Bean
    public PastInstants pastInstants(Clock clock, ValidationProperties properties) {
        return new PastInstants(clock, properties.clockSkew());
    }

    /**
     * With the cache on (the default), a command loads its aggregate from memory after one index lookup
     * instead of reading all its events: a lot with hundreds of measurements is not re-read per batch.
     */
    @Bean
    public ConfigurerModule aggregateRegistration(CommandTargetResolver targetResolver, CommandProperties properties) {
        int cacheSize = properties.aggregateCache() ? properties.aggregateCacheSize() : 0;
        return configurer -> AGGREGATES.forEach(type -> configurer.configureAggregate(
                aggregate(type, targetResolver, cacheSize)));
    }

    private static <A> AggregateConfigurer<A> aggregate(Class<A> type, CommandTargetResolver targetResolver,
                                                        int cacheSize) {
        AggregateConfigurer<A> aggregate = AggregateConfigurer.defaultConfiguration(type)
                .configureCommandTargetResolver(c -> targetResolver)
                .configureAggregateFactory(c -> new TypeCheckedAggregateFactory<>(AnnotatedAggregateMetaModelFactory
                        .inspectAggregate(type, c.parameterResolverFactory(), c.handlerDefinition(type))));
        return cacheSize > 0 ? aggregate.configureCache(c -> new StoreCheckedCache(new BoundedCache(cacheSize), c::eventStore,
                () -> AnnotatedAggregateMetaModelFactory.inspectAggregate(type, c.parameterResolverFactory(),
                        c.handlerDefinition(type)))) : aggregate;
    }
}
