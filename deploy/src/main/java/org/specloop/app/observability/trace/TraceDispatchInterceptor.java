package org.specloop.app.observability.trace;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Stamps a command sent while a trace is current (an HTTP request, an event being handled) with its
 * traceparent. The correlation data provider then copies it onto every event the command causes.
 */
public class TraceDispatchInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> command.getMetaData().containsKey(TraceParent.HEADER) ? command
                : CurrentTrace.get().<CommandMessage<?>>map(trace -> command.andMetaData(
                        java.util.Map.of(TraceParent.HEADER, trace.header()))).orElse(command);
    }
}
