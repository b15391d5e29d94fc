package org.specloop.notify;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A webhook receiver on 127.0.0.1 that answers as a hostile OEM would: a body of hundreds of megabytes
 * generated on the fly, bytes trickled one at a time, or a redirect. It counts what it managed to write,
 * so a test can tell that the sender stopped reading.
 */
final class HostileReceiver implements AutoCloseable {
    enum Behaviour {
        /** 500 with a 200 MB body, streamed (never held in memory here either). */
        HUGE_BODY,
        /** 500 with a body of unknown length sent one byte every 50 ms. */
        TRICKLED_BODY,
        /** the status line itself one byte every 50 ms. */
        TRICKLED_HEAD,
        /** 302 to another URL. */
        REDIRECT
    }

    static final long HUGE = 200L * 1024 * 1024;

    private final ServerSocket server;
    private final Behaviour behaviour;
    private final String redirectTo;
    private final AtomicLong bytesWritten = new AtomicLong();
    private final AtomicInteger requests = new AtomicInteger();
    private final Thread acceptor;

    HostileReceiver(Behaviour behaviour, String redirectTo) throws IOException {
        this.server = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"));
        this.behaviour = behaviour;
        this.redirectTo = redirectTo;
        this.acceptor = new Thread(this::accept, "hostile-receiver");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/hook";
    }

    int port() {
        return server.getLocalPort();
    }

    long bytesWritten() {
        return bytesWritten.get();
    }

    int requests() {
        return requests.get();
    }

    private void accept() {
        while (!server.isClosed()) {
            try (Socket socket = server.accept()) {
                requests.incrementAndGet();
                readRequest(socket.getInputStream());
                answer(socket.getOutputStream());
            } catch (IOException | InterruptedException e) {
                // the sender hung up: that is what a bounded sender does
            }
        }
    }

    private static void readRequest(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        while (!head.toString().endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            head.append((char) b);
        }
        String lengthLine = head.toString().lines().filter(l -> l.toLowerCase().startsWith("content-length:")).findFirst().orElse("content-length: 0");
        in.readNBytes(Integer.parseInt(lengthLine.substring(15).trim()));
    }

    private void answer(OutputStream out) throws IOException, InterruptedException {
        switch (behaviour) {
            case HUGE_BODY -> {
                write(out, ("HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\nContent-Length: " + HUGE + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                byte[] block = "the receiver fails and says so at great length ".repeat(1400).getBytes(StandardCharsets.US_ASCII);
                for (long sent = 0; sent < HUGE; sent += block.length) {
                    write(out, block);
                }
            }
            case TRICKLED_BODY -> {
                write(out, "HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                while (true) {
                    write(out, new byte[]{'x'});
                    Thread.sleep(50);
                }
            }
            case TRICKLED_HEAD -> {
                write(out, "HTTP/1.1 200 OK\r\n".getBytes(StandardCharsets.US_ASCII));
                while (true) { // header lines that never end, one byte at a time
                    for (byte b : "X-Slow: a\r\n".getBytes(StandardCharsets.US_ASCII)) {
                        write(out, new byte[]{b});
                        Thread.sleep(50);
                    }
                }
            }
            case REDIRECT -> write(out, ("HTTP/1.1 302 Found\r\nLocation: " + redirectTo + "\r\nContent-Length: 0\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
        }
    }

    private void write(OutputStream out, byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        bytesWritten.addAndGet(bytes.length);
    }

    @Override
    public void close() throws IOException {
        server.close();
    }
}
