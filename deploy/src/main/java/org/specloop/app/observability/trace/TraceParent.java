package org.specloop.app.observability.trace;

import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;
import org.specloop.app.random.PerThreadRandom;

/**
 * A W3C Trace Context traceparent: version, trace id, parent (span) id, flags. SpecLoop records no
 * spans of its own, so it only carries the caller's trace on: each hop it makes (a request it
 * serves) gets a fresh span id under the caller's trace id, and that is the parent its messages name.
 */
public record TraceParent(String traceId, String spanId, String flags) {
    public static final String HEADER = "traceparent";
    private static final Pattern V00 = Pattern.compile("00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})");
    // later versions may append fields after the flags; what comes first keeps the version 00 layout
    private static final Pattern LATER = Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?");
    private static final String ZERO_TRACE = "0".repeat(32);
    private static final String ZERO_SPAN = "0".repeat(16);
    private static final HexFormat HEX = HexFormat.of();

    /** Empty for anything the spec says to ignore: bad shape, upper case, all-zero ids, version ff. */
    public static Optional<TraceParent> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.trim();
        var v00 = V00.matcher(value);
        if (v00.matches()) {
            return valid(v00.group(1), v00.group(2), v00.group(3));
        }
        var later = LATER.matcher(value);
        if (later.matches() && !"00".equals(later.group(1)) && !"ff".equals(later.group(1))) {
            return valid(later.group(2), later.group(3), later.group(4));
        }
        return Optional.empty();
    }

    private static Optional<TraceParent> valid(String traceId, String spanId, String flags) {
        if (ZERO_TRACE.equals(traceId) || ZERO_SPAN.equals(spanId)) {
            return Optional.empty();
        }
        return Optional.of(new TraceParent(traceId, spanId, flags));
    }

    /** A new trace; not sampled, since nothing here records it. */
    public static TraceParent newTrace() {
        return new TraceParent(randomHex(16, ZERO_TRACE), randomHex(8, ZERO_SPAN), "00");
    }

    /** The same trace, a new span: the hop this process makes on behalf of the caller. */
    public TraceParent child() {
        return new TraceParent(traceId, randomHex(8, ZERO_SPAN), flags);
    }

    public String header() {
        return "00-" + traceId + "-" + spanId + "-" + flags;
    }

    private static String randomHex(int bytes, String invalid) {
        byte[] buffer = new byte[bytes];
        String hex;
        do {
            PerThreadRandom.nextBytes(buffer);
            hex = HEX.formatHex(buffer);
        } while (hex.equals(invalid));
        return hex;
    }
}
