package org.specloop.ingest.translate;

import org.specloop.ingest.Refusal;
import java.util.function.Function;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.specloop.command.kernel.RuleViolation;
import org.specloop.command.kernel.RequestValidationException;

/**
 * Sends the command of one lot receipt or lab measurement and says what became of it. A refusal
 * that no retry can change (bad field, broken rule, unknown lot) is a Refusal for the dead-letter
 * topic or the HTTP answer; a lot received a second time is a duplicate (the lot id is its key);
 * anything else (database down ...) propagates, so the caller retries instead of dropping.
 */
public final class CommandIngest {

    public enum Outcome { ACCEPTED, DUPLICATE }

    private final CommandGateway commands;

    public CommandIngest(CommandGateway commands) {
        this.commands = commands;
    }

    public Outcome send(byte[] json, Function<byte[], Object> mapping, String actor) {
        Object command = mapping.apply(json);
        try {
            commands.sendAndWait(command, MetaData.with("actor", actor));
            return Outcome.ACCEPTED;
        } catch (AggregateStreamCreationException | ConflictingAggregateVersionException e) {
            return Outcome.DUPLICATE;
        } catch (AggregateNotFoundException e) {
            throw new Refusal("unknown-lot: no lot '" + e.getAggregateIdentifier() + "' has been received");
        } catch (RuleViolation e) {
            throw new Refusal("rule " + e.rule() + ": " + e.getMessage());
        } catch (RequestValidationException e) {
            throw new Refusal(e.getMessage());
        } catch (EventStoreException e) {
            if (e.getCause() instanceof AggregateStreamCreationException) {
                return Outcome.DUPLICATE;
            }
            throw e;
        } catch (IllegalArgumentException e) {
            throw new Refusal(e.getMessage());
        }
    }
}
