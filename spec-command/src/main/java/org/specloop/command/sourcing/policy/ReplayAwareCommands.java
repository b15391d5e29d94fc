package org.specloop.command.sourcing.policy;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;

/**
 * The sourcing policies' way to send commands: while the event being handled is replayed (the group was
 * reset and reads events before its reset position again), nothing is sent, since what those commands
 * did is already in the store as events; the handlers still rebuild their tables. Read from the unit of
 * work, so that every handler and its helpers keep their shape.
 */
final class ReplayAwareCommands {
    private final CommandGateway gateway;

    ReplayAwareCommands(CommandGateway gateway) {
        this.gateway = gateway;
    }

    /** Sends and waits for the answer, unless the current event is replayed. */
    void sendAndWait(Object command) {
        if (!replaying()) {
            gateway.sendAndWait(command);
        }
    }

    static boolean replaying() {
        return CurrentUnitOfWork.isStarted() && ReplayToken.isReplay(CurrentUnitOfWork.get().getMessage());
    }
}
