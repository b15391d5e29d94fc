package org.specloop.app.observability.trace;

import org.slf4j.MDC;

import java.util.Optional;

/**
 * The trace of the work this thread is doing, and its ids in the logging MDC (traceId, spanId, the
 * keys Spring Boot's log correlation pattern and structured formats use). Set by the HTTP filter for
 * a request and by the event handler interceptor for an event; always restored by the caller.
 */
public final class CurrentTrace {
    public static final String MDC_TRACE_ID = "traceId";
    public static final String MDC_SPAN_ID = "spanId";
    private static final ThreadLocal<TraceParent> CURRENT = new ThreadLocal<>();

    private CurrentTrace() {
    }

    public static Optional<TraceParent> get() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Makes trace current and returns what was current before, to hand back to {@link #restore}. */
    public static TraceParent enter(TraceParent trace) {
        TraceParent previous = CURRENT.get();
        set(trace);
        return previous;
    }

    public static void restore(TraceParent previous) {
        set(previous);
    }

    private static void set(TraceParent trace) {
        if (trace == null) {
            CURRENT.remove();
            MDC.remove(MDC_TRACE_ID);
            MDC.remove(MDC_SPAN_ID);
        } else {
            CURRENT.set(trace);
            MDC.put(MDC_TRACE_ID, trace.traceId());
            MDC.put(MDC_SPAN_ID, trace.spanId());
        }
    }
}
