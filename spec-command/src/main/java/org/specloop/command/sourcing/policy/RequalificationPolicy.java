package org.specloop.command.sourcing.policy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.specloop.command.sourcing.RequalificationPlan;
import org.specloop.command.sourcing.RequalificationPlanner;
import org.specloop.command.sourcing.ppap.PpapPlan;
import org.specloop.contracts.change.ChangeTrigger;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.contracts.change.PlanEngineeringChange;
import org.specloop.contracts.qualification.RequalificationRecords;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Plans a source change from the templates of its changed tiers (and the records its spec's sourcing rules ask
 * for). Changes of other triggers are planned by a person or the loop. Nothing is sent while the event is
 * replayed: the plan is in the store as EngineeringChangePlanned. Its due date is watched by {@link DueDateWatch}
 * in the same group, which has no other state, so the group can be reset and replayed like a projection.
 */
@Component
@ProcessingGroup(RequalificationPolicy.PROCESSING_GROUP)
class RequalificationPolicy {
    static final String PROCESSING_GROUP = "requalification";
    static final String ACTOR = "system:requalification";
    private static final Logger log = LoggerFactory.getLogger(RequalificationPolicy.class);

    private final CommandGateway commandGateway;
    private final RequalificationPlanner planner;
    private final WorkingTemperatures specFacts;

    RequalificationPolicy(CommandGateway commandGateway, RequalificationPlanner planner, WorkingTemperatures specFacts) {
        this.commandGateway = commandGateway;
        this.planner = planner;
        this.specFacts = specFacts;
    }

    @EventHandler
    void on(EngineeringChangeRaised event) {
        if (event.trigger() != ChangeTrigger.SOURCE_CHANGE || ReplayAwareCommands.replaying()) {
            return;
        }
        commandGateway.send(plan(event)).exceptionally(refused -> {
            // a person may have planned it first; their plan stands and this one is refused, which is fine
            log.info("plan of {} not set by the requalification policy: {}", event.changeId(), refused.getMessage());
            return null;
        });
    }

    PlanEngineeringChange plan(EngineeringChangeRaised event) {
        RequalificationPlan plan = planner.plan(event.sourceChanges(),
                specFacts.maxWorkingTemperatureC(event.specificationId()).orElse(null),
                LocalDate.ofInstant(event.raisedAt() == null ? Instant.now() : event.raisedAt(), ZoneOffset.UTC));
        RequalificationRecords records = specFacts.requalification(event.specificationId())
                .orElse(RequalificationRecords.defaults());
        return new PlanEngineeringChange(event.changeId(), PpapPlan.withElements(plan.items(), records.ppapSubmissionLevel()),
                plan.dueDate(), ACTOR, records);
    }
}
