package org.specloop.command.axon;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.specloop.command.change.EngineeringChange;
import org.specloop.command.lot.MagnetLot;
import org.specloop.command.specification.Specification;
import org.specloop.command.source.SupplySource;
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
public class CommandSideConfiguration {

    /** Aggregates of the write side; each one is event sourced from the JDBC event store. */
    public static final List<Class<?>> AGGREGATES = List.of(
            Specification.class, MagnetLot.class, SupplySource.class, EngineeringChange.class,
            SourceQualification.class);

    @Bean
    public CommandTargetResolver commandTargetResolver() {
        return new FirstComponentTargetResolver();
    }

    @Bean
    public Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    public ConfigurerModule aggregateRegistration(CommandTargetResolver targetResolver) {
        return configurer -> AGGREGATES.forEach(type -> configurer.configureAggregate(
                AggregateConfigurer.defaultConfiguration(type)
                        .configureCommandTargetResolver(c -> targetResolver)));
    }
}
