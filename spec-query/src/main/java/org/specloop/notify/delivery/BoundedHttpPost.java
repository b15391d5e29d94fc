package org.specloop.notify.delivery;

import org.specloop.notify.subscription.WebhookUrlPolicy.Target;

import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One HTTP/1.1 POST to a peer we do not trust, on a socket of our own, because the JDK's HttpClient
 * (Java 17) can neither connect to an address we choose while keeping the host name for Host, SNI
 * and certificate checks, nor bound the time and bytes of a response body. Here:
 * <ul>
 *   <li>the connection goes to an address the SSRF check judged ({@link Target#addresses()}), never to a
 *   fresh DNS answer; TLS still sends SNI and verifies the certificate against the host name;</li>
 *   <li>the whole exchange (connect, TLS, write, read) ends by a deadline: each read waits at most the time
 *   left, and a watchdog closes the socket at the deadline, so a receiver trickling bytes cannot hold it;</li>
 *   <li>at most {@link #MAX_HEADER_BYTES} of status line and headers and {@link #MAX_BODY_BYTES} of body are
 *   read; the connection is then closed (Connection: close), the rest of the body is never read;</li>
 *   <li>redirects are answers like any other: never followed.</li>
 * </ul>
 */
final class BoundedHttpPost {
    static final int MAX_HEADER_BYTES = 16 * 1024;
    static final int MAX_BODY_BYTES = 4 * 1024;

    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "webhook-deadline");
        thread.setDaemon(true);
        return thread;
    });

    /** What the receiver answered: status, headers (lower-case names, first value) and the first body bytes. */
    record Response(int status, Map<String, String> headers, byte[] bodyStart) {
        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** The exchange did not finish by its deadline. */
    static final class DeadlineExceeded extends IOException {
        DeadlineExceeded(String message) {
            super(message);
        }
    }

    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final SSLSocketFactory tlsSockets;

    /** @param tlsSockets TLS with the trust store to verify receivers against (the JVM's default in production) */
    BoundedHttpPost(Duration connectTimeout, Duration requestTimeout, SSLSocketFactory tlsSockets) {
        this.connectTimeout = connectTimeout;
        this.requestTimeout = requestTimeout;
        this.tlsSockets = tlsSockets;
    }

    Response post(Target target, Map<String, String> headers, byte[] body) throws IOException {
        long deadline = System.nanoTime() + requestTimeout.toNanos();
        IOException last = null;
        for (InetAddress address : target.addresses()) {
            Socket socket = new Socket();
            ScheduledFuture<?> watchdog = WATCHDOG.schedule(() -> closeQuietly(socket), remainingMillis(deadline), TimeUnit.MILLISECONDS);
            try {
                try {
                    int connectMillis = (int) Math.min(connectTimeout.toMillis(), remainingMillis(deadline));
                    socket.connect(new InetSocketAddress(address, target.port()), Math.max(1, connectMillis));
                } catch (IOException e) {
                    last = e instanceof SocketTimeoutException ? new DeadlineExceeded("connect timed out") : e;
                    continue; // another checked address of the same host may answer
                }
                return exchange(socket, target, headers, body, deadline);
            } catch (IOException e) {
                // a read timeout is set to the time left, so it is the deadline too, even when it ends a
                // fraction of a millisecond before System.nanoTime() says so
                if (e instanceof SocketTimeoutException || System.nanoTime() - deadline >= 0) {
                    throw new DeadlineExceeded("no complete answer within " + requestTimeout.toMillis() + " ms");
                }
                throw e;
            } finally {
                watchdog.cancel(false);
                closeQuietly(socket);
            }
        }
        throw last != null ? last : new IOException("no address to connect to");
    }

    private Response exchange(Socket plain, Target target, Map<String, String> headers, byte[] body, long deadline)
            throws IOException {
        Socket socket = plain;
        if (target.tls()) {
            SSLSocket tls = (SSLSocket) tlsSockets.createSocket(plain, target.host(), target.port(), true);
            SSLParameters parameters = tls.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            if (!isIpLiteral(target.host())) {
                parameters.setServerNames(List.of(new SNIHostName(target.host())));
            }
            tls.setSSLParameters(parameters);
            tls.setSoTimeout(remainingMillis(deadline));
            tls.startHandshake();
            socket = tls;
        }
        OutputStream out = socket.getOutputStream();
        out.write(requestHead(target, headers, body.length));
        out.write(body);
        out.flush();
        return readResponse(socket, socket.getInputStream(), deadline);
    }

    private static byte[] requestHead(Target target, Map<String, String> headers, int contentLength) {
        String path = target.uri().getRawPath() == null || target.uri().getRawPath().isEmpty() ? "/" : target.uri().getRawPath();
        if (target.uri().getRawQuery() != null) {
            path += "?" + target.uri().getRawQuery();
        }
        String host = target.host().contains(":") ? "[" + target.host() + "]" : target.host();
        boolean defaultPort = target.port() == (target.tls() ? 443 : 80);
        StringBuilder head = new StringBuilder("POST ").append(path).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(defaultPort ? "" : ":" + target.port()).append("\r\n");
        headers.forEach((name, value) -> head.append(headerLine(name, value)));
        head.append("Content-Length: ").append(contentLength).append("\r\n")
                .append("Connection: close\r\n\r\n");
        return head.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String headerLine(String name, String value) {
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\t' || c == 0x7f) || name.chars().anyMatch(c -> c <= 0x20 || c >= 0x7f || c == ':')) {
            throw new IllegalArgumentException("header " + name + " carries a control character");
        }
        return name + ": " + value + "\r\n";
    }

    private static Response readResponse(Socket socket, InputStream in, long deadline) throws IOException {
        byte[] buffer = new byte[MAX_HEADER_BYTES + MAX_BODY_BYTES];
        int filled = 0;
        int headEnd;
        int start = 0;
        while (true) {
            headEnd = indexOfBlankLine(buffer, start, filled);
            if (headEnd >= 0) {
                int status = statusOf(buffer, start, headEnd);
                if (status >= 100 && status < 200) { // an interim answer: the real one follows
                    start = headEnd;
                    continue;
                }
                break;
            }
            if (filled >= MAX_HEADER_BYTES) {
                throw new IOException("response headers exceed " + MAX_HEADER_BYTES + " bytes");
            }
            int read = readSome(socket, in, buffer, filled, MAX_HEADER_BYTES - filled, deadline);
            if (read < 0) {
                throw new IOException("connection closed before a complete response head");
            }
            filled += read;
        }
        int status = statusOf(buffer, start, headEnd);
        Map<String, String> headers = headersOf(buffer, start, headEnd);
        long contentLength = parseLength(headers.get("content-length"));
        boolean success = status >= 200 && status < 300;
        // a success needs no body; a failure keeps the start of its body for the delivery record
        long wanted = success ? 0 : Math.min(MAX_BODY_BYTES, contentLength >= 0 ? contentLength : Long.MAX_VALUE);
        int bodyStart = headEnd;
        try {
            while (filled - bodyStart < wanted) {
                int read = readSome(socket, in, buffer, filled, (int) Math.min(buffer.length - filled, wanted - (filled - bodyStart)), deadline);
                if (read < 0) {
                    break;
                }
                filled += read;
            }
        } catch (IOException e) {
            // the status is what counts; a body that stops or trickles keeps what arrived by the deadline
        }
        int kept = (int) Math.min(filled - bodyStart, wanted);
        byte[] body = new byte[Math.max(0, kept)];
        System.arraycopy(buffer, bodyStart, body, 0, body.length);
        if ("chunked".equalsIgnoreCase(headers.getOrDefault("transfer-encoding", "").trim())) {
            body = dechunk(body);
        }
        return new Response(status, headers, body);
    }

    private static int readSome(Socket socket, InputStream in, byte[] buffer, int offset, int length, long deadline)
            throws IOException {
        int remaining = remainingMillis(deadline);
        if (remaining <= 0 || length <= 0) {
            throw new DeadlineExceeded("deadline reached");
        }
        socket.setSoTimeout(remaining);
        return in.read(buffer, offset, length);
    }

    private static int indexOfBlankLine(byte[] buffer, int from, int to) {
        for (int i = from; i + 3 < to; i++) {
            if (buffer[i] == '\r' && buffer[i + 1] == '\n' && buffer[i + 2] == '\r' && buffer[i + 3] == '\n') {
                return i + 4;
            }
        }
        return -1;
    }

    private static int statusOf(byte[] buffer, int from, int headEnd) throws IOException {
        String head = new String(buffer, from, headEnd - from, StandardCharsets.ISO_8859_1);
        String statusLine = head.substring(0, head.indexOf("\r\n"));
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x response");
        }
        try {
            int status = Integer.parseInt(parts[1]);
            if (status < 100 || status > 999) {
                throw new NumberFormatException();
            }
            return status;
        } catch (NumberFormatException e) {
            throw new IOException("response status is not a number");
        }
    }

    private static Map<String, String> headersOf(byte[] buffer, int from, int headEnd) {
        String head = new String(buffer, from, headEnd - from, StandardCharsets.ISO_8859_1);
        Map<String, String> headers = new HashMap<>();
        String[] lines = head.split("\r\n");
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
        }
        return headers;
    }

    private static long parseLength(String value) {
        try {
            return value == null ? -1 : Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The data of the chunks that arrived whole within the kept bytes (best effort: it only feeds an excerpt). */
    private static byte[] dechunk(byte[] raw) {
        java.io.ByteArrayOutputStream data = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < raw.length) {
            int lineEnd = i;
            while (lineEnd + 1 < raw.length && !(raw[lineEnd] == '\r' && raw[lineEnd + 1] == '\n')) {
                lineEnd++;
            }
            if (lineEnd + 1 >= raw.length) {
                break;
            }
            String sizeText = new String(raw, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";", 2)[0].trim();
            int size;
            try {
                size = Integer.parseInt(sizeText, 16);
            } catch (NumberFormatException e) {
                break;
            }
            int dataStart = lineEnd + 2;
            if (size <= 0) {
                break;
            }
            int available = Math.min(size, raw.length - dataStart);
            data.write(raw, dataStart, Math.max(0, available));
            i = dataStart + size + 2;
        }
        return data.toByteArray();
    }

    private static boolean isIpLiteral(String host) {
        return host.contains(":") || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
    }

    /** Rounded up: a timeout or watchdog set from it never fires before the deadline (it did, by under 1 ms). */
    private static int remainingMillis(long deadline) {
        long nanos = deadline - System.nanoTime();
        return nanos <= 0 ? 0 : (int) Math.max(1, Math.min(Integer.MAX_VALUE, (nanos + 999_999) / 1_000_000));
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing is all that is wanted
        }
    }
}
