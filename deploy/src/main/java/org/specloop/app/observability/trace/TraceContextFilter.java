package org.specloop.app.observability.trace;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;

/**
 * Takes the caller's W3C traceparent (or starts a trace when there is none or it is malformed, as
 * the spec asks) and makes a child of it current for the request, so the request's log lines and the
 * commands it sends carry the trace. The response names that span, so a caller without a tracer of
 * its own can still quote the trace id when it reports a problem.
 */
public class TraceContextFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TraceParent trace = TraceParent.parse(request.getHeader(TraceParent.HEADER))
                .map(TraceParent::child).orElseGet(TraceParent::newTrace);
        TraceParent previous = CurrentTrace.enter(trace);
        response.setHeader(TraceParent.HEADER, trace.header());
        try {
            chain.doFilter(request, response);
        } finally {
            CurrentTrace.restore(previous);
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }
}
