package org.specloop.command.sourcing.policy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.specloop.command.kernel.RuleViolation;
import org.specloop.contracts.change.ChangeEvidenceCompleted;
import org.specloop.contracts.change.EngineeringChangeApproved;
import org.specloop.contracts.change.EngineeringChangeClosed;
import org.specloop.contracts.change.EngineeringChangeEscalated;
import org.specloop.contracts.change.EngineeringChangePlanned;
import org.specloop.contracts.change.EngineeringChangeRaised;
import org.specloop.contracts.change.EngineeringChangeRejected;
import org.specloop.contracts.change.EscalateEngineeringChange;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.BooleanSupplier;

/**
 * Escalates every kind of engineering change (source, drift, revision, manual) whose due date has passed
 * undecided. The table of undecided changes is built from the change's own events, so it is rebuilt by a
 * replay like a projection; the escalation is sent by a poll (specloop.requalification.due.poll-interval), not
 * by the handlers, so a replay sends nothing. The aggregate escalates once per due date and refuses a decided
 * change, so every node may poll: two nodes sending the same escalation record it once. A node does not poll
 * while its own segments of the group are replaying (a half-rebuilt table would escalate a change decided later
 * in the store, or word the reason on evidence completed later).
 */
@Component
@ProcessingGroup(RequalificationPolicy.PROCESSING_GROUP)
class DueDateWatch implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(DueDateWatch.class);

    private final DueDateTable table;
    private final CommandGateway commandGateway;
    private final Clock clock;
    private final DueDateProperties properties;
    private final BooleanSupplier groupReplaying;

    @Autowired
    DueDateWatch(DueDateTable table, CommandGateway commandGateway, Clock clock, DueDateProperties properties,
                 ObjectProvider<EventProcessingConfiguration> processing) {
        this(table, commandGateway, clock, properties, () -> replaying(processing.getIfAvailable()));
    }

    DueDateWatch(DueDateTable table, CommandGateway commandGateway, Clock clock, DueDateProperties properties,
                 BooleanSupplier groupReplaying) {
        this.table = table;
        this.commandGateway = commandGateway;
        this.clock = clock;
        this.properties = properties;
        this.groupReplaying = groupReplaying;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::escalateOverdue, properties.pollInterval());
    }

    @EventHandler
    void on(EngineeringChangeRaised event) {
        table.raised(event.changeId(), event.trigger());
    }

    /** Any plan, the policy's or a person's, sets the due date; a new plan moves it. */
    @EventHandler
    void on(EngineeringChangePlanned event) {
        table.planned(event.changeId(), event.dueDate());
    }

    @EventHandler
    void on(ChangeEvidenceCompleted event) {
        table.evidenceCompleted(event.changeId());
    }

    @EventHandler
    void on(EngineeringChangeEscalated event) {
        table.escalated(event.changeId(), event.dueDate());
    }

    @EventHandler
    void on(EngineeringChangeApproved event) {
        table.forget(event.changeId());
    }

    @EventHandler
    void on(EngineeringChangeRejected event) {
        table.forget(event.changeId());
    }

    @EventHandler
    void on(EngineeringChangeClosed event) {
        table.forget(event.changeId());
    }

    @ResetHandler
    void reset() {
        table.clear();
    }

    /** Sends one escalation per overdue change; a refused or failed one is tried again at the next poll. */
    void escalateOverdue() {
        if (groupReplaying.getAsBoolean()) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (WatchedChange change : table.overdueOn(today)) {
            try {
                commandGateway.sendAndWait(new EscalateEngineeringChange(change.changeId(), change.dueDate(),
                        change.escalationReason(), RequalificationPolicy.ACTOR));
            } catch (RuleViolation e) {
                // change-decided: its decision is in the store and reaches the table with the group
                log.info("escalation of {} refused ({}); the decision will remove it", change.changeId(), e.rule());
            } catch (RuntimeException e) {
                log.warn("escalation of {} failed; retrying next poll", change.changeId(), e);
            }
        }
    }

    private static boolean replaying(EventProcessingConfiguration processing) {
        return processing != null && processing.eventProcessor(RequalificationPolicy.PROCESSING_GROUP, StreamingEventProcessor.class)
                .map(StreamingEventProcessor::isReplaying).orElse(false);
    }
}
