package org.specloop.command.specification;

import org.specloop.command.kernel.Required;
import org.specloop.command.kernel.Signoff;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.specloop.command.kernel.RuleViolation;
import org.specloop.contracts.specification.ActivateRevision;
import org.specloop.contracts.specification.ApproveRevision;
import org.specloop.contracts.specification.CreateSpecification;
import org.specloop.contracts.specification.DiscardRevision;
import org.specloop.contracts.specification.DraftRevision;
import org.specloop.contracts.specification.DraftRevisionEdited;
import org.specloop.contracts.specification.EditDraftRevision;
import org.specloop.contracts.specification.ProposeRevision;
import org.specloop.contracts.specification.RejectRevision;
import org.specloop.contracts.specification.RevisionApproved;
import org.specloop.contracts.specification.RevisionBecameEffective;
import org.specloop.contracts.specification.RevisionDiscarded;
import org.specloop.contracts.specification.RevisionDrafted;
import org.specloop.contracts.specification.RevisionProposed;
import org.specloop.contracts.specification.RevisionRejected;
import org.specloop.contracts.specification.RevisionReviewed;
import org.specloop.contracts.specification.ReviewRevision;
import org.specloop.contracts.specification.SpecificationCreated;

import java.time.Clock;
import java.time.Instant;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The specification of one part number and grade with all its revisions. At most one revision is
 * open (draft or proposed) at a time, and at any instant exactly one approved revision is effective:
 * the one with the latest effectiveFrom not after that instant, ties going to the higher number.
 */
public class Specification {
    static final String INITIAL_REASON = "initial revision";

    @AggregateIdentifier
    private String specificationId;
    private String partNumber;
    private String grade;
    private final Revisions revisions = new Revisions();

    protected Specification() {
        // for event sourcing
    }

    @CommandHandler
    public Specification(CreateSpecification command) {
        Required.text(command.specificationId(), "specificationId");
        Required.text(command.partNumber(), "partNumber");
        Required.text(command.grade(), "grade");
        Required.text(command.author(), "author");
        RevisionContentRules.check(command.initialContent());
        apply(new SpecificationCreated(command.specificationId(), command.partNumber(), command.grade(),
                command.title(), command.author()));
        apply(new RevisionDrafted(command.specificationId(), command.partNumber(), 1, command.initialContent(),
                INITIAL_REASON, command.author()));
    }

    /** Returns the number of the new revision. */
    @CommandHandler
    public int handle(DraftRevision command) {
        Required.text(command.author(), "author");
        Signoff.checkReason(command.reason());
        revisions.open().ifPresent(open -> {
            throw new RuleViolation("open-revision-exists", "revision " + open.number() + " is still "
                    + open.status() + "; propose and decide it before drafting another");
        });
        RevisionContentRules.check(command.content());
        int number = revisions.next();
        apply(new RevisionDrafted(specificationId, partNumber, number, command.content(), command.reason(), command.author()));
        return number;
    }

    /** Same checks as drafting: the edited content must be one a new draft could have had. */
    @CommandHandler
    public void handle(EditDraftRevision command) {
        revisions.inStatus(command.revision(), RevisionStatus.DRAFT, "revision-not-draft");
        Required.text(command.editor(), "editor");
        Signoff.checkReason(command.reason());
        RevisionContentRules.check(command.content());
        apply(new DraftRevisionEdited(specificationId, command.revision(), command.content(), command.reason(), command.editor()));
    }

    /** Only a draft: a proposal has been put before an approver and is withdrawn by rejecting it, on record. */
    @CommandHandler
    public void handle(DiscardRevision command, Clock clock) {
        revisions.inStatus(command.revision(), RevisionStatus.DRAFT, "revision-not-draft");
        Required.text(command.discardedBy(), "discardedBy");
        Signoff.checkReason(command.reason());
        apply(new RevisionDiscarded(specificationId, command.revision(), command.discardedBy(), command.reason(), clock.instant()));
    }

    @CommandHandler
    public void handle(ProposeRevision command, Clock clock) {
        revisions.inStatus(command.revision(), RevisionStatus.DRAFT, "revision-not-draft");
        Required.text(command.proposer(), "proposer");
        apply(new RevisionProposed(specificationId, command.revision(), command.proposer(), clock.instant()));
    }

    @CommandHandler
    public void handle(ApproveRevision command, Clock clock) {
        Revision proposed = revisions.inStatus(command.revision(), RevisionStatus.PROPOSED, "revision-not-proposed");
        Signoff.checkApproval(command.approver(), proposed.proposer(), command.reason(), command.signatureMeaning());
        Instant now = clock.instant();
        Instant effectiveFrom = command.effectiveFrom() == null ? now : command.effectiveFrom();
        apply(new RevisionApproved(specificationId, command.revision(), command.approver(), command.reason(),
                command.signatureMeaning(), now, effectiveFrom));
        if (!effectiveFrom.isAfter(now)) {
            becomeEffectiveUnlessSuperseded(revisions.get(command.revision()));
        }
    }

    /** A signed review changes no status: it documents a second look before the decision. */
    @CommandHandler
    public void handle(ReviewRevision command, Clock clock) {
        Revision proposed = revisions.inStatus(command.revision(), RevisionStatus.PROPOSED, "revision-not-proposed");
        Signoff.checkReview(command.reviewer(), proposed.proposer(), command.reason(), command.signatureMeaning());
        apply(new RevisionReviewed(specificationId, command.revision(), command.reviewer(), command.reason(),
                command.signatureMeaning(), clock.instant()));
    }

    @CommandHandler
    public void handle(RejectRevision command, Clock clock) {
        revisions.inStatus(command.revision(), RevisionStatus.PROPOSED, "revision-not-proposed");
        Required.text(command.rejector(), "rejector");
        Signoff.checkReason(command.reason());
        // No four-eyes check: a rejection puts nothing into force, and a proposer withdrawing their
        // own proposal is a normal way to reopen drafting; the event names who did it.
        apply(new RevisionRejected(specificationId, command.revision(), command.rejector(), command.reason(), clock.instant()));
    }

    /** Sent by the scheduler, possibly more than once: repeats are harmless. */
    @CommandHandler
    public void handle(ActivateRevision command, Clock clock) {
        Revision revision = revisions.get(command.revision());
        if (revision.status() == RevisionStatus.EFFECTIVE || revision.status() == RevisionStatus.SUPERSEDED) {
            return;
        }
        if (revision.status() != RevisionStatus.APPROVED) {
            throw new RuleViolation("revision-not-approved", "revision " + revision.number() + " is "
                    + revision.status() + "; only an approved revision can become effective");
        }
        if (clock.instant().isBefore(revision.effectiveFrom())) {
            throw new RuleViolation("not-yet-effective", "revision " + revision.number()
                    + " becomes effective at " + revision.effectiveFrom());
        }
        becomeEffectiveUnlessSuperseded(revision);
    }

    /**
     * A revision whose effectiveFrom lies before that of the effective one was overtaken before it
     * started: by the rule above it is never the effective one, so it stays approved without effect
     * (activating it later again does nothing) rather than rolling the spec back.
     */
    private void becomeEffectiveUnlessSuperseded(Revision candidate) {
        Revision current = revisions.effective().orElse(null);
        if (current != null && !candidate.startsAfter(current)) {
            return;
        }
        apply(new RevisionBecameEffective(specificationId, partNumber, grade, candidate.number(),
                candidate.effectiveFrom(), current == null ? null : current.number(), candidate.content()));
    }

    @EventSourcingHandler
    void on(SpecificationCreated event) {
        specificationId = event.specificationId();
        partNumber = event.partNumber();
        grade = event.grade();
    }

    @EventSourcingHandler
    void on(RevisionDrafted event) {
        revisions.put(Revision.drafted(event.revision(), event.content()));
    }

    @EventSourcingHandler
    void on(DraftRevisionEdited event) {
        revisions.put(Revision.drafted(event.revision(), event.content()));
    }

    @EventSourcingHandler
    void on(RevisionDiscarded event) {
        revisions.put(revisions.get(event.revision()).withStatus(RevisionStatus.DISCARDED));
    }

    @EventSourcingHandler
    void on(RevisionProposed event) {
        revisions.put(revisions.get(event.revision()).proposedBy(event.proposer()));
    }

    @EventSourcingHandler
    void on(RevisionRejected event) {
        revisions.put(revisions.get(event.revision()).withStatus(RevisionStatus.REJECTED));
    }

    @EventSourcingHandler
    void on(RevisionApproved event) {
        revisions.put(revisions.get(event.revision()).approvedFrom(event.effectiveFrom()));
    }

    @EventSourcingHandler
    void on(RevisionBecameEffective event) {
        if (event.supersededRevision() != null) {
            revisions.put(revisions.get(event.supersededRevision()).withStatus(RevisionStatus.SUPERSEDED));
        }
        revisions.put(revisions.get(event.revision()).withStatus(RevisionStatus.EFFECTIVE));
    }
}
