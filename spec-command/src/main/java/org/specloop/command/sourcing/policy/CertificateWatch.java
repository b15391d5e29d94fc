package org.specloop.command.sourcing.policy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.specloop.command.sourcing.CertificateCheck;
import org.specloop.command.sourcing.RegisteredSource;
import org.specloop.contracts.source.Certificate;
import org.specloop.contracts.source.RecordCertificateExpiry;
import org.specloop.contracts.source.WarnCertificateExpiring;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Time passing as a sourcing fact: once per day (UTC) across the cluster, the first node to claim the day in
 * {@code sourcing_certificate_watch} re-judges unreleased stock against today's certificates (expiries and rule
 * dates that passed hold it, renewals free it) and asks each source to warn of certificates expiring within the
 * configured days, and to record the expiry of each certificate whose day has come (the source announces only
 * expiries it warned of, once each). The claim is a row in the database, so a restart or a second node does not repeat the day;
 * the warnings are deduplicated by the SupplySource aggregate. Skipped while the sourcing processor replays,
 * since its tables are then being refilled.
 */
@Component
class CertificateWatch implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(CertificateWatch.class);

    private final SourcingTables tables;
    private final LotSourcingPolicy policy;
    private final CommandGateway commands;
    private final Clock clock;
    private final SourcingProperties properties;
    private final ObjectProvider<EventProcessingConfiguration> processing;

    CertificateWatch(SourcingTables tables, LotSourcingPolicy policy, CommandGateway commands, Clock clock,
                     SourcingProperties properties, ObjectProvider<EventProcessingConfiguration> processing) {
        this.tables = tables;
        this.policy = policy;
        this.commands = commands;
        this.clock = clock;
        this.properties = properties;
        this.processing = processing;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::watch, properties.certificateWatchInterval());
    }

    /** Does the day's work if no node has done it yet; true when this call did it. */
    boolean watch() {
        if (replaying()) {
            return false;
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (!tables.claimDay(today)) {
            return false;
        }
        try {
            policy.rejudgeStock("certificate watch of " + today);
        } catch (RuntimeException e) {
            log.warn("re-judging stock on {} failed; receipts and registry events still judge it", today, e);
        }
        tables.sources().forEach(source -> warn(source, today));
        return true;
    }

    private void warn(RegisteredSource source, LocalDate today) {
        for (Certificate certificate : source.certificates()) {
            if (certificate.expiresOn() == null || superseded(certificate, source.certificates())) {
                continue;
            }
            long daysLeft = ChronoUnit.DAYS.between(today, certificate.expiresOn());
            if (daysLeft <= 0) {
                send(new RecordCertificateExpiry(source.sourceId(), certificate.number(), today), source, certificate);
                continue;
            }
            // only the nearest threshold crossed: a 90-day warning is stale once the 30-day one is due
            Optional<Integer> threshold = properties.warningDays().stream().filter(d -> daysLeft <= d)
                    .min(Integer::compare);
            threshold.ifPresent(days -> send(new WarnCertificateExpiring(source.sourceId(), certificate.number(), days,
                    today), source, certificate));
        }
    }

    private void send(Object command, RegisteredSource source, Certificate certificate) {
        try {
            commands.sendAndWait(command);
        } catch (RuntimeException e) {
            log.warn("{} of {} certificate {} failed", command.getClass().getSimpleName(), source.sourceId(),
                    certificate.number(), e);
        }
    }

    /** A later certificate of the same kind (a renewal) makes the earlier one's expiry no news. */
    private static boolean superseded(Certificate certificate, List<Certificate> all) {
        return all.stream().anyMatch(other -> other != certificate && CertificateCheck.sameKind(other, certificate)
                && (other.expiresOn() == null || other.expiresOn().isAfter(certificate.expiresOn())));
    }

    private boolean replaying() {
        EventProcessingConfiguration configuration = processing.getIfAvailable();
        return configuration != null && configuration.eventProcessor(LotSourcingPolicy.PROCESSING_GROUP,
                StreamingEventProcessor.class).map(StreamingEventProcessor::isReplaying).orElse(false);
    }
}
