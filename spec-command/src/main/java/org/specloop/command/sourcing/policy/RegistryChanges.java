package org.specloop.command.sourcing.policy;

import org.specloop.command.sourcing.SourcingFacts;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.specloop.command.sourcing.RegisteredSource;
import org.specloop.contracts.source.CertificateAdded;
import org.specloop.contracts.source.SupplySourceDisqualified;
import org.specloop.contracts.source.SupplySourceRegistered;
import org.specloop.contracts.source.SupplySourceRelocated;
import org.specloop.contracts.sourcing.NoteRegistryChange;
import org.specloop.contracts.sourcing.QualifySource;
import org.specloop.contracts.sourcing.RegistryChangeKind;
import org.springframework.stereotype.Component;

/**
 * The registry's own sequence in the sourcing group (SourcingSequencing): keeps the registry table the receipt
 * check reads, with each country by the store position it held from, and notes every change on the sourcing
 * record of every specification, whose part's sequence then judges its lots again ({@link LotSourcingPolicy}).
 * The specifications are read from the event store, so a spec whose own events the group has not handled yet is
 * told too. Replay-safe: a replay rebuilds the table and notes nothing again ({@link ReplayAwareCommands}).
 */
@Component
@ProcessingGroup(LotSourcingPolicy.PROCESSING_GROUP)
class RegistryChanges {
    private final SourcingTables tables;
    private final SourcingFacts facts;
    private final ReplayAwareCommands commands;

    RegistryChanges(SourcingTables tables, SourcingFacts facts, CommandGateway commands) {
        this.tables = tables;
        this.facts = facts;
        this.commands = new ReplayAwareCommands(commands);
    }

    @EventHandler
    void on(SupplySourceRegistered event, @SequenceNumber long sequence, @MessageIdentifier String eventId) {
        registered(event, sequence, position(eventId));
    }

    void registered(SupplySourceRegistered event, long sequence, long position) {
        tables.putSource(new RegisteredSource(event.sourceId(), event.tier(), event.country(), event.certificates()));
        tables.countryFrom(event.sourceId(), position, event.country());
        note(event.sourceId(), RegistryChangeKind.REGISTERED, position, sequence, null, event.country(), null);
    }

    @EventHandler
    void on(CertificateAdded event, @SequenceNumber long sequence, @MessageIdentifier String eventId) {
        certificateAdded(event, sequence, position(eventId));
    }

    void certificateAdded(CertificateAdded event, long sequence, long position) {
        tables.addCertificate(event.sourceId(), event.certificate());
        note(event.sourceId(), RegistryChangeKind.CERTIFICATE_ADDED, position, sequence, null, null,
                event.certificate().type() + " certificate " + event.certificate().number());
    }

    @EventHandler
    void on(SupplySourceRelocated event, @SequenceNumber long sequence, @MessageIdentifier String eventId) {
        relocated(event, sequence, position(eventId));
    }

    void relocated(SupplySourceRelocated event, long sequence, long position) {
        tables.relocate(event.sourceId(), event.country());
        tables.countryFrom(event.sourceId(), position, event.country());
        note(event.sourceId(), RegistryChangeKind.RELOCATED, position, sequence, event.previousCountry(), event.country(),
                event.reason());
    }

    @EventHandler
    void on(SupplySourceDisqualified event, @SequenceNumber long sequence, @MessageIdentifier String eventId) {
        disqualified(event, sequence, position(eventId));
    }

    void disqualified(SupplySourceDisqualified event, long sequence, long position) {
        tables.disqualify(event.sourceId(), event.reason());
        note(event.sourceId(), RegistryChangeKind.DISQUALIFIED, position, sequence, null, event.country(), event.reason());
    }

    private void note(String sourceId, RegistryChangeKind kind, long position, long sequence, String previousCountry,
                      String country, String reason) {
        if (ReplayAwareCommands.replaying()) {
            return; // the notes are in the store already: no need to list the specifications
        }
        for (String specificationId : facts.specifications()) {
            commands.sendAndWait(new NoteRegistryChange(QualifySource.qualificationIdOf(specificationId), specificationId,
                    sourceId, kind, position, sequence, previousCountry, country, reason));
        }
    }

    /** An event not in the store (a handler called directly) counts from the start. */
    private long position(String eventId) {
        return facts.positionOf(eventId).orElse(0L);
    }
}
