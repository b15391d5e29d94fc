package org.specloop.ingest.wiring;

import org.specloop.command.kernel.PastInstants;
import org.specloop.ingest.translate.LabMessages;
import org.specloop.ingest.parse.RunControlParser;
import org.specloop.ingest.IngestMetrics;
import org.specloop.ingest.IngestOffsets;
import org.specloop.ingest.IngestProperties;
import org.specloop.command.motor.input.DesignRequirements;
import org.specloop.ingest.KafkaProperties;
import org.specloop.ingest.translate.CommandIngest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.specloop.ingest.translate.GatewayRunCommands;
import org.specloop.ingest.rig.JdbcRigStateStore;
import org.specloop.ingest.rig.RigIngestEngine;
import org.specloop.ingest.rig.RigIngestSettings;
import org.specloop.calculations.motor.ieclass.EfficiencyClasses;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The ingest pieces both channels share: the rig engine, its store, the command path for lots and labs. */
@Configuration
@EnableConfigurationProperties({IngestProperties.class, KafkaProperties.class})
class IngestConfiguration {

    @Bean
    public IngestOffsets ingestOffsets(JdbcTemplate jdbc) {
        return new IngestOffsets(jdbc);
    }

    @Bean
    public RigIngestEngine rigIngestEngine(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                                           IngestOffsets offsets, CommandGateway commands, IngestProperties properties,
                                           DesignRequirements designs) {
        IngestProperties.Rig rig = properties.rig();
        String ieClass = rig.minimumIeClass() == null || rig.minimumIeClass().isBlank() ? null : rig.minimumIeClass();
        return new RigIngestEngine(new JdbcRigStateStore(jdbc, new TransactionTemplate(transactions), offsets),
                new GatewayRunCommands(commands),
                new RigIngestSettings(rig.dedupWindow(), rig.unknownRunGrace(), rig.parkLimit(), ieClass,
                        rig.maxDemagnetizationLossPercent(), rig.noLoadPercentOfRated(),
                        new RigIngestSettings.MagnetReference(rig.magnetReferenceTemperatureC(), rig.alphaBrPercentPerK())),
                EfficiencyClasses.withBundledTable(), designs);
    }

    @Bean
    public LabMessages labMessages(PastInstants past) {
        return new LabMessages(past);
    }

    @Bean
    public RunControlParser runControlParser(PastInstants past) {
        return new RunControlParser(past);
    }

    @Bean
    public CommandIngest commandIngest(CommandGateway commands) {
        return new CommandIngest(commands);
    }

    @Bean
    public IngestMetrics ingestMetrics(ObjectProvider<MeterRegistry> registry) {
        return new IngestMetrics(registry.getIfAvailable(SimpleMeterRegistry::new));
    }

}
