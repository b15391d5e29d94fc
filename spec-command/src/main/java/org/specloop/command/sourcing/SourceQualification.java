package org.specloop.command.sourcing;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.specloop.command.kernel.RuleViolation;
import org.specloop.command.kernel.Required;
import org.specloop.contracts.sourcing.NoteRegistryChange;
import org.specloop.contracts.sourcing.QualifySource;
import org.specloop.contracts.sourcing.RegistryChangeNoted;
import org.specloop.contracts.sourcing.SourceQualified;

import java.time.Clock;
import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * Sources qualified for one spec through approved engineering changes. Kept apart from the
 * Specification so that its revisions stay exactly what was signed; the approval of the change,
 * four eyes, is the authority each qualification cites. It also takes note of the registry changes
 * that concern the spec's sourcing check, so that they reach the check in the order of the spec's events
 * (SourcingSequencing says why).
 */
public class SourceQualification {
    @AggregateIdentifier
    private String qualificationId;
    private final Set<String> qualified = new HashSet<>();
    /** Registry events already noted (source and its event's sequence): a retried fan-out notes nothing twice. */
    private final Set<String> noted = new HashSet<>();

    public SourceQualification() {
        // created by the first qualification of the spec
    }

    /** Approvals may be replayed by the policy: qualifying a source twice is no news. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(QualifySource command, Clock clock) {
        Required.text(command.specificationId(), "specificationId");
        Required.value(command.tier(), "tier");
        Required.text(command.sourceId(), "sourceId");
        Required.text(command.changeId(), "changeId");
        Required.text(command.approvedBy(), "approvedBy");
        requireRecordOf(command.specificationId(), command.qualificationId());
        if (!qualified.contains(key(command.tier().name(), command.sourceId()))) {
            apply(new SourceQualified(command.qualificationId(), command.specificationId(), command.tier(),
                    command.sourceId(), command.changeId(), command.approvedBy(), clock.instant()));
        }
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(NoteRegistryChange command, Clock clock) {
        Required.text(command.specificationId(), "specificationId");
        Required.text(command.sourceId(), "sourceId");
        Required.value(command.kind(), "kind");
        requireRecordOf(command.specificationId(), command.qualificationId());
        if (!noted.contains(command.sourceId() + "#" + command.sourceSequence())) {
            apply(new RegistryChangeNoted(command.qualificationId(), command.specificationId(), command.sourceId(),
                    command.kind(), command.registryIndex(), command.sourceSequence(), command.previousCountry(),
                    command.country(), command.reason(), clock.instant()));
        }
    }

    @EventSourcingHandler
    void on(RegistryChangeNoted event) {
        qualificationId = event.qualificationId();
        noted.add(event.sourceId() + "#" + event.sourceSequence());
    }

    @EventSourcingHandler
    void on(SourceQualified event) {
        qualificationId = event.qualificationId();
        qualified.add(key(event.tier().name(), event.sourceId()));
    }

    /** A spec's qualifications and registry notes live under one record id: QualifySource.qualificationIdOf. */
    private static void requireRecordOf(String specificationId, String qualificationId) {
        if (!QualifySource.qualificationIdOf(specificationId).equals(qualificationId)) {
            throw new RuleViolation("qualification-id-mismatch", "the sourcing record of " + specificationId
                    + " is " + QualifySource.qualificationIdOf(specificationId));
        }
    }

    private static String key(String tier, String sourceId) {
        return tier + "/" + sourceId;
    }
}
