package org.specloop.command.change;

import org.specloop.contracts.common.TextLimits;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.specloop.command.kernel.RuleViolation;
import org.specloop.command.kernel.Required;
import org.specloop.command.kernel.Signoff;
import org.specloop.contracts.change.ApproveEngineeringChange;
import org.specloop.contracts.change.AttachLotToChange;
import org.specloop.contracts.change.ChangeEvidenceCompleted;
import org.specloop.contracts.change.ChangeEvidenceRecorded;
import org.specloop.contracts.change.ChangeStatus;
import org.specloop.contracts.change.CloseEngineeringChange;
import org.specloop.contracts.change.EngineeringChangeApproved;
import org.specloop.contracts.change.EngineeringChangeClosed;
import org.specloop.contracts.change.EngineeringChangeEscalated;
import org.specloop.contracts.change.EscalateEngineeringChange;
import org.specloop.contracts.change.EngineeringChangePlanned;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.contracts.change.EngineeringChangeRejected;
import org.specloop.contracts.change.LotAttachedToChange;
import org.specloop.contracts.change.PlanEngineeringChange;
import org.specloop.contracts.change.RaiseEngineeringChange;
import org.specloop.contracts.change.RecordChangeEvidence;
import org.specloop.contracts.change.RejectEngineeringChange;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.qualification.FirstArticleInspectionRecorded;
import org.specloop.contracts.qualification.FirstArticleRecord;
import org.specloop.contracts.qualification.FirstArticleSummary;
import org.specloop.contracts.qualification.FirstArticleVerdict;
import org.specloop.contracts.qualification.PpapElement;
import org.specloop.contracts.qualification.RecordFirstArticleInspection;
import org.specloop.contracts.qualification.RequalificationRecords;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A change of source, spec or process that needs requalification: raised, planned with the
 * evidence it needs, evidence collected, then approved (four eyes) or rejected, then closed.
 * A source change whose plan asks for a first article (the default of a plan that states its records)
 * is approved only on an ACCEPTED first article record, and the approval names the issue it signed.
 */
public class EngineeringChange {
    /** The longest title and description a change accepts (the change read model's columns, q_change). */
    public static final int TITLE_MAX_LENGTH = TextLimits.NAME;
    public static final int DESCRIPTION_MAX_LENGTH = TextLimits.DESCRIPTION;

    @AggregateIdentifier
    private String changeId;
    private ChangeStatus status;
    private String raisedBy;
    private final Set<String> lots = new HashSet<>();
    private final EvidencePlan plan = new EvidencePlan();
    private LocalDate escalatedFor;
    private ChangeTrigger trigger;
    /** The plan's records; null for plans recorded before plans stated them (no first article asked then). */
    private RequalificationRecords records;
    private FirstArticleRecord firstArticle;
    private int firstArticleIssue;

    protected EngineeringChange() {
        // for event sourcing
    }

    @CommandHandler
    public EngineeringChange(RaiseEngineeringChange command, Clock clock) {
        Required.text(command.changeId(), "changeId");
        Required.value(command.trigger(), "trigger");
        Required.text(command.title(), "title");
        Required.atMost(command.title(), TITLE_MAX_LENGTH, "title");
        Required.atMost(command.description(), DESCRIPTION_MAX_LENGTH, "description");
        Required.text(command.raisedBy(), "raisedBy");
        List<String> affectedLots = command.affectedLots() == null ? List.of() : List.copyOf(command.affectedLots());
        apply(new EngineeringChangeRaised(command.changeId(), command.trigger(), command.title(), command.description(),
                command.specificationId(), command.sourceChanges() == null ? List.of() : List.copyOf(command.sourceChanges()),
                affectedLots, command.raisedBy(), clock.instant(), command.drift()));
    }

    @CommandHandler
    public void handle(PlanEngineeringChange command) {
        if (status != ChangeStatus.RAISED) {
            throw new RuleViolation("change-not-raised", "only a raised change can be planned; this one is " + status);
        }
        Required.text(command.planner(), "planner");
        EvidencePlan.checkItems(command.items());
        Integer level = command.requalification() == null ? null : command.requalification().ppapSubmissionLevel();
        if (level != null && (level < PpapElement.LOWEST_LEVEL || level > PpapElement.HIGHEST_LEVEL)) {
            throw new RuleViolation("invalid-ppap-level", "PPAP submission levels are 1 to 5, not " + level);
        }
        apply(new EngineeringChangePlanned(changeId, List.copyOf(command.items()), command.dueDate(), command.planner(),
                command.requalification()));
    }

    /** The evidence policy sends the record whenever its inputs may have changed; only a different record is news. */
    @CommandHandler
    public void handle(RecordFirstArticleInspection command, Clock clock) {
        refuseIfDecided();
        if (trigger != ChangeTrigger.SOURCE_CHANGE) {
            throw new RuleViolation("first-article-not-applicable", "only a source change has a first article record");
        }
        Required.value(command.record(), "record");
        Required.text(command.recordedBy(), "recordedBy");
        if (!command.record().equals(firstArticle)) {
            apply(new FirstArticleInspectionRecorded(changeId, firstArticleIssue + 1, command.record(), command.recordedBy(),
                    clock.instant()));
        }
    }

    /** Evidence keeps being accepted after completion (it adds to the record) but not once decided. */
    @CommandHandler
    public void handle(RecordChangeEvidence command, Clock clock) {
        refuseIfDecided();
        if (plan.isEmpty()) {
            throw new RuleViolation("change-not-planned", "plan the change before recording evidence");
        }
        int required = plan.requiredFor(command.itemId());
        Required.text(command.evidenceReference(), "evidenceReference");
        Required.text(command.recordedBy(), "recordedBy");
        if (plan.has(command.itemId(), command.evidenceReference())) {
            return;
        }
        apply(new ChangeEvidenceRecorded(changeId, command.itemId(), command.evidenceReference(),
                plan.receivedFor(command.itemId()) + 1, required, command.recordedBy()));
        if (status == ChangeStatus.PLANNED && plan.complete()) {
            apply(new ChangeEvidenceCompleted(changeId, clock.instant()));
        }
    }

    @CommandHandler
    public void handle(ApproveEngineeringChange command, Clock clock) {
        refuseIfDecided();
        if (status != ChangeStatus.EVIDENCE_COMPLETE) {
            throw new RuleViolation("evidence-incomplete", "the change is " + status + "; all planned evidence is needed before approval");
        }
        Signoff.checkApproval(command.approver(), raisedBy, command.reason(), command.signatureMeaning());
        Required.atMost(command.publicReason(), TextLimits.REASON, "publicReason");
        refuseWithoutAcceptedFirstArticle();
        apply(new EngineeringChangeApproved(changeId, command.approver(), command.reason(), command.signatureMeaning(),
                clock.instant(), command.publicReason(),
                firstArticle == null ? null : FirstArticleSummary.of(firstArticle, firstArticleIssue),
                records == null ? null : records.ppapSubmissionLevel()));
    }

    /** AS9102: a change of manufacturing source is approved on a complete first article without open nonconformances. */
    private void refuseWithoutAcceptedFirstArticle() {
        if (trigger != ChangeTrigger.SOURCE_CHANGE || records == null || !records.firstArticle()) {
            return;
        }
        if (firstArticle == null) {
            throw new RuleViolation("first-article-missing", "the plan asks for a first article record and none is recorded yet");
        }
        if (firstArticle.verdict() != FirstArticleVerdict.ACCEPTED) {
            throw new RuleViolation("first-article-not-accepted", "first article " + firstArticle.reportNumber() + " issue "
                    + firstArticleIssue + " is " + firstArticle.verdict() + ": " + FirstArticleFindings.describe(firstArticle));
        }
    }

    @CommandHandler
    public void handle(RejectEngineeringChange command, Clock clock) {
        refuseIfDecided();
        Required.text(command.rejector(), "rejector");
        Signoff.checkReason(command.reason());
        Required.atMost(command.publicReason(), TextLimits.REASON, "publicReason");
        apply(new EngineeringChangeRejected(changeId, command.rejector(), command.reason(), clock.instant(), command.publicReason()));
    }

    @CommandHandler
    public void handle(CloseEngineeringChange command, Clock clock) {
        if (status == ChangeStatus.CLOSED) {
            throw new RuleViolation("change-closed", "the change is already closed");
        }
        if (status != ChangeStatus.APPROVED && status != ChangeStatus.REJECTED) {
            throw new RuleViolation("change-not-decided", "the change is " + status + "; approve or reject it before closing");
        }
        Required.text(command.closedBy(), "closedBy");
        apply(new EngineeringChangeClosed(changeId, command.closedBy(), command.note(), clock.instant()));
    }

    /** Sent for every lot of the changed chain, so repeats are expected and ignored. */
    @CommandHandler
    public void handle(AttachLotToChange command) {
        refuseIfDecided();
        Required.text(command.lotId(), "lotId");
        if (!lots.contains(command.lotId())) {
            apply(new LotAttachedToChange(changeId, command.lotId()));
        }
    }

    /** A deadline may fire twice (retries, a second node): one escalation per due date. */
    @CommandHandler
    public void handle(EscalateEngineeringChange command, Clock clock) {
        refuseIfDecided();
        Required.value(command.dueDate(), "dueDate");
        Required.text(command.reason(), "reason");
        Required.text(command.escalatedBy(), "escalatedBy");
        if (!command.dueDate().equals(escalatedFor)) {
            apply(new EngineeringChangeEscalated(changeId, command.dueDate(), command.reason(), command.escalatedBy(),
                    clock.instant()));
        }
    }

    private void refuseIfDecided() {
        if (status == ChangeStatus.APPROVED || status == ChangeStatus.REJECTED || status == ChangeStatus.CLOSED) {
            throw new RuleViolation("change-decided", "the change is already " + status);
        }
    }

    @EventSourcingHandler
    void on(EngineeringChangeRaised event) {
        changeId = event.changeId();
        raisedBy = event.raisedBy();
        trigger = event.trigger();
        status = ChangeStatus.RAISED;
        lots.addAll(event.affectedLots());
    }

    @EventSourcingHandler
    void on(EngineeringChangePlanned event) {
        plan.plan(event.items());
        records = event.requalification();
        status = ChangeStatus.PLANNED;
    }

    @EventSourcingHandler
    void on(FirstArticleInspectionRecorded event) {
        firstArticle = event.record();
        firstArticleIssue = event.issue();
    }

    @EventSourcingHandler
    void on(ChangeEvidenceRecorded event) {
        plan.record(event.itemId(), event.evidenceReference());
    }

    @EventSourcingHandler
    void on(ChangeEvidenceCompleted event) {
        status = ChangeStatus.EVIDENCE_COMPLETE;
    }

    @EventSourcingHandler
    void on(EngineeringChangeApproved event) {
        status = ChangeStatus.APPROVED;
    }

    @EventSourcingHandler
    void on(EngineeringChangeRejected event) {
        status = ChangeStatus.REJECTED;
    }

    @EventSourcingHandler
    void on(EngineeringChangeClosed event) {
        status = ChangeStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(EngineeringChangeEscalated event) {
        escalatedFor = event.dueDate();
    }

    @EventSourcingHandler
    void on(LotAttachedToChange event) {
        lots.add(event.lotId());
    }
}
