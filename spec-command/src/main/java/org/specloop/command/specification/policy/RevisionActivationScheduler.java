package org.specloop.command.specification.policy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.specloop.command.kernel.RuleViolation;
import org.specloop.contracts.specification.ActivateRevision;
import org.specloop.contracts.specification.RevisionApproved;
import org.specloop.contracts.specification.RevisionBecameEffective;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * Makes future-dated approvals take effect: remembers approved revisions whose effectiveFrom lies
 * after their approval and, once due, sends ActivateRevision. The aggregate decides whether the
 * revision really takes effect, so a row is dropped after any accepted send (including the no-op
 * for a revision overtaken before it started); a refused or failed send stays for the next poll, every
 * specloop.activation.poll-interval (scheduled here rather than with @Scheduled, whose placeholder would need
 * its own copy of the default).
 */
@Component
@ProcessingGroup("revision-activation")
class RevisionActivationScheduler implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(RevisionActivationScheduler.class);

    private final PendingActivationTable pending;
    private final CommandGateway commandGateway;
    private final Clock clock;
    private final ActivationProperties properties;

    RevisionActivationScheduler(PendingActivationTable pending, CommandGateway commandGateway, Clock clock,
                                ActivationProperties properties) {
        this.pending = pending;
        this.commandGateway = commandGateway;
        this.clock = clock;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(this::activateDue, properties.pollInterval());
    }

    @EventHandler
    public void on(RevisionApproved event) {
        if (event.effectiveFrom().isAfter(event.approvedAt())) {
            pending.remember(new PendingActivation(event.specificationId(), event.revision(), event.effectiveFrom()));
        }
    }

    @EventHandler
    public void on(RevisionBecameEffective event) {
        pending.forget(event.specificationId(), event.revision());
    }

    @ResetHandler
    public void reset() {
        pending.clear();
    }

    public void activateDue() {
        for (PendingActivation due : pending.dueAt(clock.instant())) {
            try {
                commandGateway.sendAndWait(new ActivateRevision(due.specificationId(), due.revision()));
                pending.forget(due.specificationId(), due.revision());
            } catch (RuleViolation e) {
                // e.g. not-yet-effective when this node's clock runs ahead of the handling node's
                log.info("activation of {} revision {} refused ({}); retrying next poll", due.specificationId(),
                        due.revision(), e.rule());
            } catch (RuntimeException e) {
                log.warn("activation of {} revision {} failed; retrying next poll", due.specificationId(), due.revision(), e);
            }
        }
    }
}
