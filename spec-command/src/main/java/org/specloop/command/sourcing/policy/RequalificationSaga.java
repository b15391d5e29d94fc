package org.specloop.command.sourcing.policy;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.annotation.DeadlineHandler;
import org.axonframework.modelling.saga.EndSaga;
import org.axonframework.modelling.saga.SagaEventHandler;
import org.axonframework.modelling.saga.StartSaga;
import org.axonframework.spring.stereotype.Saga;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.specloop.command.sourcing.RequalificationPlan;
import org.specloop.command.sourcing.RequalificationPlanner;
import org.specloop.command.sourcing.ppap.PpapPlan;
import org.specloop.contracts.qualification.RequalificationRecords;
import org.specloop.contracts.change.ChangeEvidenceCompleted;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.EngineeringChangeApproved;
import org.specloop.contracts.change.EngineeringChangeClosed;
import org.specloop.contracts.change.EngineeringChangePlanned;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.contracts.change.EngineeringChangeRejected;
import org.specloop.contracts.change.EscalateEngineeringChange;
import org.specloop.contracts.change.PlanEngineeringChange;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Requalification of an engineering change: for a source change, derives the plan from the templates
 * of the changed tiers; for every change (source, drift, revision, manual), watches the due date of
 * whichever plan it gets with a deadline (persistent: db-scheduler in the application) and escalates
 * the change when the date passes undecided. Stored as JSON through its fields; collaborators are
 * transient and injected again after loading. (The name stays: stored sagas and deadlines carry it.)
 */
@Saga
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE,
        isGetterVisibility = JsonAutoDetect.Visibility.NONE)
public class RequalificationSaga {
    public static final String ACTOR = "system:requalification";
    public static final String DUE_DEADLINE = "requalification-due";
    private static final Logger log = LoggerFactory.getLogger(RequalificationSaga.class);

    private String changeId;
    /** Null in sagas stored before every change was watched: those were all source changes. */
    private ChangeTrigger trigger;
    private LocalDate dueDate;
    private String deadlineId;
    private boolean evidenceComplete;

    @Autowired
    private transient CommandGateway commandGateway;
    @Autowired
    private transient DeadlineManager deadlineManager;
    @Autowired
    private transient RequalificationPlanner planner;
    @Autowired
    private transient WorkingTemperatures specFacts;

    @StartSaga
    @SagaEventHandler(associationProperty = "changeId")
    public void on(EngineeringChangeRaised event) {
        changeId = event.changeId();
        trigger = event.trigger();
        if (event.trigger() != ChangeTrigger.SOURCE_CHANGE) {
            return; // planned by a person (or the loop); only its due date is watched here
        }
        RequalificationPlan plan = planner.plan(event.sourceChanges(),
                specFacts.maxWorkingTemperatureC(event.specificationId()).orElse(null),
                LocalDate.ofInstant(event.raisedAt() == null ? Instant.now() : event.raisedAt(), ZoneOffset.UTC));
        RequalificationRecords records = specFacts.requalification(event.specificationId())
                .orElse(RequalificationRecords.defaults());
        // a person may have planned it first; their plan stands and this one is refused, which is fine
        commandGateway.send(new PlanEngineeringChange(changeId, PpapPlan.withElements(plan.items(),
                        records.ppapSubmissionLevel()), plan.dueDate(), ACTOR, records))
                .exceptionally(refused -> {
                    log.info("plan of {} not set by the saga: {}", changeId, refused.getMessage());
                    return null;
                });
    }

    /** Any plan, the saga's or a person's, sets the due date; a new plan moves the deadline. */
    @SagaEventHandler(associationProperty = "changeId")
    public void on(EngineeringChangePlanned event) {
        cancelDeadline();
        dueDate = event.dueDate();
        if (dueDate != null) {
            deadlineId = deadlineManager.schedule(dueDate.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), DUE_DEADLINE);
        }
    }

    @SagaEventHandler(associationProperty = "changeId")
    public void on(ChangeEvidenceCompleted event) {
        evidenceComplete = true;
    }

    @DeadlineHandler(deadlineName = DUE_DEADLINE)
    public void onDue() {
        deadlineId = null;
        String what = trigger == null || trigger == ChangeTrigger.SOURCE_CHANGE ? "requalification"
                : trigger.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " change";
        String reason = evidenceComplete
                ? what + " due " + dueDate + ": evidence complete but no decision"
                : what + " due " + dueDate + ": planned evidence incomplete and no decision";
        commandGateway.send(new EscalateEngineeringChange(changeId, dueDate, reason, ACTOR))
                .exceptionally(refused -> {
                    log.info("escalation of {} refused: {}", changeId, refused.getMessage());
                    return null;
                });
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "changeId")
    public void on(EngineeringChangeApproved event) {
        cancelDeadline();
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "changeId")
    public void on(EngineeringChangeRejected event) {
        cancelDeadline();
    }

    @EndSaga
    @SagaEventHandler(associationProperty = "changeId")
    public void on(EngineeringChangeClosed event) {
        cancelDeadline();
    }

    private void cancelDeadline() {
        if (deadlineId != null) {
            deadlineManager.cancelSchedule(DUE_DEADLINE, deadlineId);
            deadlineId = null;
        }
    }
}
