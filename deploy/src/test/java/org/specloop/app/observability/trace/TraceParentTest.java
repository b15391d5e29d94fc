package org.specloop.app.observability.trace;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** W3C Trace Context, section 3.2: what a traceparent may look like, and what must be ignored. */
class TraceParentTest {
    static final String VALID = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";

    @Test
    void readsAVersion00Header() {
        TraceParent trace = TraceParent.parse(VALID).orElseThrow();
        assertThat(trace.traceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(trace.spanId()).isEqualTo("00f067aa0ba902b7");
        assertThat(trace.flags()).isEqualTo("01");
        assertThat(trace.header()).isEqualTo(VALID);
    }

    @Test
    void ignoresMalformedOrInvalidHeaders() {
        assertThat(TraceParent.parse(null)).isEmpty();
        assertThat(TraceParent.parse("")).isEmpty();
        assertThat(TraceParent.parse(VALID.toUpperCase())).isEmpty();
        assertThat(TraceParent.parse("00-00000000000000000000000000000000-00f067aa0ba902b7-01")).isEmpty();
        assertThat(TraceParent.parse("00-4bf92f3577b34da6a3ce929d0e0e4736-0000000000000000-01")).isEmpty();
        assertThat(TraceParent.parse("ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")).isEmpty();
        assertThat(TraceParent.parse(VALID + "-extra")).as("version 00 has exactly four fields").isEmpty();
        assertThat(TraceParent.parse("00-4bf92f3577b34da6a3ce929d0e0e473-00f067aa0ba902b7-01")).isEmpty();
    }

    @Test
    void acceptsLaterVersionsByTheirVersion00Prefix() {
        assertThat(TraceParent.parse("01-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01-future"))
                .hasValueSatisfying(trace -> assertThat(trace.header()).isEqualTo(VALID));
    }

    @Test
    void aChildKeepsTheTraceAndFlagsWithANewSpan() {
        TraceParent parent = TraceParent.parse(VALID).orElseThrow();
        TraceParent child = parent.child();
        assertThat(child.traceId()).isEqualTo(parent.traceId());
        assertThat(child.flags()).isEqualTo("01");
        assertThat(child.spanId()).matches("[0-9a-f]{16}").isNotEqualTo(parent.spanId());
    }

    @Test
    void aNewTraceIsValidAndUnique() {
        TraceParent a = TraceParent.newTrace();
        TraceParent b = TraceParent.newTrace();
        assertThat(TraceParent.parse(a.header())).contains(a);
        assertThat(a.traceId()).isNotEqualTo(b.traceId());
    }
}
