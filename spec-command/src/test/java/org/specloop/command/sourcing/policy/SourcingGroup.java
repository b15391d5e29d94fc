package org.specloop.command.sourcing.policy;

import org.specloop.command.sourcing.SourcingFacts;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.specloop.contracts.lot.MagnetLotReceived;
import org.specloop.contracts.source.CertificateAdded;
import org.specloop.contracts.source.SupplySourceDisqualified;
import org.specloop.contracts.source.SupplySourceRegistered;
import org.specloop.contracts.source.SupplySourceRelocated;
import org.specloop.contracts.sourcing.NoteRegistryChange;
import org.specloop.contracts.sourcing.RegistryChangeNoted;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The sourcing group's two kinds of sequence in one test object: the part's handler ({@link LotSourcingPolicy}) and
 * the registry's ({@link RegistryChanges}), whose notes reach the part's handler at once, as they do when the
 * registry's sequence is ahead. Receipts and registry events are given store positions in the order they are
 * handed in; {@link #receivedAt} and the registry methods with a position play other orders.
 */
class SourcingGroup extends LotSourcingPolicy {
    private final AtomicLong positions = new AtomicLong();
    private final RegistryChanges registry;
    private final AtomicLong sequences = new AtomicLong();

    SourcingGroup(SourcingTables tables, EvidenceTables evidence, CommandGateway commands, SourcingProperties properties,
                  Clock clock) {
        super(tables, evidence, commands, properties, clock, specificationsOf(tables));
        CommandGateway notes = mock(CommandGateway.class);
        when(notes.sendAndWait(any())).thenAnswer(call -> {
            NoteRegistryChange note = call.getArgument(0);
            on(new RegistryChangeNoted(note.qualificationId(), note.specificationId(), note.sourceId(), note.kind(),
                    note.registryIndex(), note.sourceSequence(), note.previousCountry(), note.country(), note.reason(),
                    clock.instant()));
            return null;
        });
        this.registry = new RegistryChanges(tables, specificationsOf(tables), notes);
    }

    /** The specs the registry tells: those with an effective revision (the others have nothing judged yet). */
    private static SourcingFacts specificationsOf(SourcingTables tables) {
        return new SourcingFacts() {
            @Override
            public Optional<String> partOfLot(String lotId) {
                return Optional.empty();
            }

            @Override
            public Optional<String> partOfSpecification(String specificationId) {
                return tables.spec(specificationId).map(SourcingTables.Spec::partNumber);
            }

            @Override
            public Optional<String> specificationOfChange(String changeId) {
                return Optional.empty();
            }

            @Override
            public List<String> specifications() {
                return tables.specs().stream().map(SourcingTables.Spec::specificationId).toList();
            }

            /** The tests hand the policy its positions (received, registered, ...) themselves. */
            @Override
            public Optional<Long> positionOf(String eventId) {
                return Optional.empty();
            }
        };
    }

    /** A replay reads the store from its start again: the same events at the same positions. */
    @Override
    void reset() {
        super.reset();
        positions.set(0);
        sequences.set(0);
    }

    long nextPosition() {
        return positions.incrementAndGet();
    }

    void on(MagnetLotReceived event) {
        received(event, nextPosition());
    }

    void receivedAt(MagnetLotReceived event, long position) {
        received(event, position);
    }

    void on(SupplySourceRegistered event) {
        registry.registered(event, sequences.incrementAndGet(), nextPosition());
    }

    void on(CertificateAdded event) {
        registry.certificateAdded(event, sequences.incrementAndGet(), nextPosition());
    }

    void on(SupplySourceRelocated event, long sequence) {
        registry.relocated(event, sequence, nextPosition());
    }

    void relocatedAt(SupplySourceRelocated event, long sequence, long position) {
        registry.relocated(event, sequence, position);
    }

    void on(SupplySourceDisqualified event) {
        registry.disqualified(event, sequences.incrementAndGet(), nextPosition());
    }
}
