package org.specloop.infrastructure.web;

import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Stamps commands sent while serving an HTTP request with who asked and the caller's correlation
 * id, so that every event they cause can be traced to the person or system and the request.
 */
public class RequestMetaDataInterceptor implements MessageDispatchInterceptor<CommandMessage<?>> {
    public static final String ACTOR = "actor";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CORRELATION_HEADER = "X-Correlation-Id";

    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, command) -> {
            if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
                return command;
            }
            HttpServletRequest request = attributes.getRequest();
            Map<String, Object> metaData = new HashMap<>();
            String actor = request.getUserPrincipal() != null ? request.getUserPrincipal().getName()
                    : request.getHeader(CurrentActor.HEADER);
            if (actor != null && !actor.isBlank()) {
                metaData.put(ACTOR, actor.trim());
            }
            String correlation = request.getHeader(CORRELATION_HEADER);
            if (correlation != null && !correlation.isBlank() && !command.getMetaData().containsKey(CORRELATION_ID)) {
                metaData.put(CORRELATION_ID, correlation.trim());
            }
            return metaData.isEmpty() ? command : command.andMetaData(metaData);
        };
    }
}
