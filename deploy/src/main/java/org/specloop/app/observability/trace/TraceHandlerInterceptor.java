package org.specloop.app.observability.trace;

import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;

/**
 * While a message is handled, the trace it carries is current: log lines of projections, sagas and
 * the loop show the trace id of the request that caused the event, and commands they send go on in it.
 */
public class TraceHandlerInterceptor<T extends Message<?>> implements MessageHandlerInterceptor<T> {

    @Override
    public Object handle(UnitOfWork<? extends T> unitOfWork, InterceptorChain chain) throws Exception {
        Object header = unitOfWork.getMessage().getMetaData().get(TraceParent.HEADER);
        var trace = header instanceof String text ? TraceParent.parse(text) : java.util.Optional.<TraceParent>empty();
        if (trace.isEmpty()) {
            return chain.proceed();
        }
        TraceParent previous = CurrentTrace.enter(trace.get());
        try {
            return chain.proceed();
        } finally {
            CurrentTrace.restore(previous);
        }
    }
}
