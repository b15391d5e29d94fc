package org.specloop.command.motordesign;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.specloop.command.kernel.Required;
import org.specloop.contracts.motordesign.DefineMotorDesign;
import org.specloop.contracts.motordesign.MotorDesignDefined;
import org.specloop.contracts.motordesign.MotorDesignRequirementsRevised;
import org.specloop.contracts.motordesign.ReviseMotorDesignRequirements;

import java.time.Clock;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A motor design and its requirements, versioned like a spec: every revision is a new version
 * with who and why, so a loop proposal can name the requirement version it was derived from.
 */
public class MotorDesign {
    @AggregateIdentifier
    private String designId;
    private int version;

    protected MotorDesign() {
        // for event sourcing
    }

    @CommandHandler
    public MotorDesign(DefineMotorDesign command, Clock clock, MagnetSpecs specs) {
        Required.text(command.designId(), "designId");
        Required.text(command.name(), "name");
        Required.text(command.author(), "author");
        MotorRequirementRules.check(command.requirements(), specs);
        apply(new MotorDesignDefined(command.designId(), command.name(), 1, command.requirements(),
                command.author(), clock.instant()));
    }

    @CommandHandler
    public int handle(ReviseMotorDesignRequirements command, Clock clock, MagnetSpecs specs) {
        Required.text(command.author(), "author");
        Required.text(command.reason(), "reason");
        MotorRequirementRules.check(command.requirements(), specs);
        apply(new MotorDesignRequirementsRevised(designId, version + 1, command.requirements(), command.reason(),
                command.author(), clock.instant()));
        return version;
    }

    @EventSourcingHandler
    void on(MotorDesignDefined event) {
        designId = event.designId();
        version = event.version();
    }

    @EventSourcingHandler
    void on(MotorDesignRequirementsRevised event) {
        version = event.version();
    }
}
