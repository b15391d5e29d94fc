package org.specloop.app.replay;

import org.axonframework.eventhandling.AbstractEventProcessor;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandlerInvoker;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.MultiEventHandlerInvoker;
import org.axonframework.eventhandling.SimpleEventHandlerInvoker;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.AnnotationEventHandlerAdapter;
import org.axonframework.modelling.saga.AbstractSagaManager;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.util.ClassUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a processing group may be rebuilt from the event store. A group is replayable only
 * if every handler in it is a projection or skips its side effects for replayed events (the policies and
 * the notification outbox do): a saga, or a class marked {@link DisallowReplay}, would repeat them, so
 * replaying it is refused. Unknown handler shapes are refused too: a replay that cannot be judged safe is not run.
 */
final class ReplayPolicy {
    private ReplayPolicy() {
    }

    /** Empty when the group may be replayed, otherwise why not, in words for the problem detail. */
    static Optional<String> refusal(EventProcessor processor) {
        if (!(processor instanceof StreamingEventProcessor streaming)) {
            return Optional.of("'" + processor.getName() + "' is not a streaming processor; it has no tokens to reset");
        }
        if (!(processor instanceof AbstractEventProcessor withInvoker)) {
            return Optional.of("the handlers of '" + processor.getName() + "' cannot be inspected");
        }
        List<String> sideEffects = new ArrayList<>();
        if (!inspect(withInvoker.eventHandlerInvoker(), sideEffects)) {
            return Optional.of("the handlers of '" + processor.getName() + "' cannot be inspected");
        }
        if (!sideEffects.isEmpty()) {
            return Optional.of("'" + processor.getName() + "' has side effects that a replay would repeat ("
                    + String.join(", ", sideEffects) + ")");
        }
        if (!streaming.supportsReset()) {
            return Optional.of("'" + processor.getName() + "' does not support a reset");
        }
        return Optional.empty();
    }

    /** Collects handlers with side effects; false when an invoker or handler is of an unknown kind. */
    private static boolean inspect(EventHandlerInvoker invoker, List<String> sideEffects) {
        if (invoker instanceof AbstractSagaManager<?> saga) {
            sideEffects.add("saga " + saga.getSagaType().getSimpleName());
            return true;
        }
        if (invoker instanceof MultiEventHandlerInvoker multi) {
            boolean known = true;
            for (EventHandlerInvoker delegate : multi.delegates()) {
                known &= inspect(delegate, sideEffects);
            }
            return known;
        }
        if (invoker instanceof SimpleEventHandlerInvoker simple) {
            for (Object handler : simple.eventHandlers()) {
                Class<?> type = handler instanceof AnnotationEventHandlerAdapter adapter ? adapter.getTargetType()
                        : ClassUtils.getUserClass(handler);
                if (AnnotationUtils.findAnnotation(type, DisallowReplay.class) != null) {
                    sideEffects.add(type.getSimpleName());
                }
            }
            return true;
        }
        return false;
    }
}
