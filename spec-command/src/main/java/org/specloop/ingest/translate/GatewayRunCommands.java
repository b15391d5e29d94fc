package org.specloop.ingest.translate;

import org.specloop.command.kernel.RuleViolation;
import org.specloop.ingest.Refusal;
import org.specloop.ingest.rig.RunCommands;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.specloop.contracts.motor.CompleteMotorTestRun;
import org.specloop.contracts.motor.RecordOperatingPointResult;
import org.specloop.contracts.motor.StartMotorTestRun;

/** Run commands through the command gateway, each stamped with the rig as its actor. */
public final class GatewayRunCommands implements RunCommands {

    private final CommandGateway commands;

    public GatewayRunCommands(CommandGateway commands) {
        this.commands = commands;
    }

    @Override
    public void start(StartMotorTestRun command) {
        try {
            commands.sendAndWait(command, actor(command.rigId()));
        } catch (RuleViolation e) {
            // a declaration no retry can fix (an undefined design, a lot never received or of another part)
            throw new Refusal("rule " + e.rule() + ": " + e.getMessage());
        } catch (AggregateStreamCreationException e) {
            // started before a crash that came ahead of the state flush: the run is there already
        } catch (EventStoreException e) {
            if (!(e.getCause() instanceof AggregateStreamCreationException)) {
                throw e;
            }
        }
    }

    @Override
    public void record(RecordOperatingPointResult command, String rigId) {
        commands.sendAndWait(command, actor(rigId));
    }

    @Override
    public void complete(CompleteMotorTestRun command, String rigId) {
        commands.sendAndWait(command, actor(rigId));
    }

    private static MetaData actor(String rigId) {
        return MetaData.with("actor", "rig:" + rigId);
    }
}
