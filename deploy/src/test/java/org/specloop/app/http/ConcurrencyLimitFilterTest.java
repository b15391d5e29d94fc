package org.specloop.app.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** One core, so the limits are the per-core figures: one read and one ingest request at a time. */
class ConcurrencyLimitFilterTest {
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ExecutorService clients = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        clients.shutdownNow();
    }

    private ConcurrencyLimitFilter filter(Duration maxWait) {
        return new ConcurrencyLimitFilter(new ConcurrencyLimits(1, 1, maxWait), 1, meters, new ObjectMapper());
    }

    @Test
    void aReadOverTheLimitWaitsForTheOneBeforeItThenRuns() throws Exception {
        ConcurrencyLimitFilter filter = filter(Duration.ofSeconds(10));
        Held first = new Held();
        Future<MockHttpServletResponse> firstAnswer = send(filter, get("/api/lots/L-1"), first);
        assertThat(first.entered.await(5, TimeUnit.SECONDS)).isTrue();

        Held second = new Held();
        Future<MockHttpServletResponse> secondAnswer = send(filter, get("/api/lots/L-2"), second);
        awaitGauge("specloop.http.concurrency.waiting", 1);
        assertThat(second.entered.getCount()).as("the second read runs only when the first is done").isEqualTo(1);

        first.release.countDown();
        assertThat(firstAnswer.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(second.entered.await(5, TimeUnit.SECONDS)).isTrue();
        second.release.countDown();
        assertThat(secondAnswer.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(meters.get("specloop.http.concurrency.active").tag("kind", "read").gauge().value()).isZero();
    }

    @Test
    void aReadThatWaitedTheLongestWaitIsAnsweredBusyAndNeverRuns() throws Exception {
        ConcurrencyLimitFilter filter = filter(Duration.ofMillis(50));
        Held first = new Held();
        send(filter, get("/api/lots"), first);
        assertThat(first.entered.await(5, TimeUnit.SECONDS)).isTrue();

        AtomicInteger ran = new AtomicInteger();
        MockHttpServletResponse busy = new MockHttpServletResponse();
        filter.doFilter(get("/ui/inbox"), busy, (req, res) -> ran.incrementAndGet());
        first.release.countDown();

        assertThat(ran).hasValue(0);
        assertThat(busy.getStatus()).isEqualTo(503);
        assertThat(busy.getHeader("Retry-After")).isEqualTo("1");
        assertThat(busy.getContentType()).isEqualTo("application/problem+json");
        assertThat(busy.getContentAsString()).contains("\"type\":\"urn:specloop:problem:busy\"")
                .contains("works on 1 reads at a time");
        assertThat(meters.get("specloop.http.concurrency.refused").tag("kind", "read").counter().count()).isEqualTo(1);
    }

    @Test
    void probesIngestAndOtherWritesDoNotWaitBehindTheReads() throws Exception {
        ConcurrencyLimitFilter filter = filter(Duration.ofMillis(50));
        Held reader = new Held();
        send(filter, get("/api/lots"), reader);
        assertThat(reader.entered.await(5, TimeUnit.SECONDS)).isTrue();

        for (MockHttpServletRequest request : new MockHttpServletRequest[]{get("/actuator/health/readiness"),
                get("/actuator/prometheus"), get("/ui/events"), get("/ui/assets/app.css"),
                post("/api/lots/L-1/measurements/batch"), post("/api/lots/L-1/hold"),
                post("/api/specifications/S-1/revisions/2/approval")}) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(request, response, (req, res) -> ((jakarta.servlet.http.HttpServletResponse) res).setStatus(204));
            assertThat(response.getStatus()).as(request.getMethod() + " " + request.getRequestURI()).isEqualTo(204);
        }
        reader.release.countDown();
    }

    @Test
    void aSlowUploadDoesNotHoldTheIngestTurnAndTheBodyReachesTheEndpoint() throws Exception {
        ConcurrencyLimitFilter filter = filter(Duration.ofSeconds(10));
        CountDownLatch uploaded = new CountDownLatch(1);
        MockHttpServletRequest slow = post("/api/ingest/lab-measurements");
        byte[] body = "{\"lotId\":\"L-1\"}\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        slow.setContentType("application/x-ndjson");
        java.io.InputStream trickle = new java.io.SequenceInputStream(new java.io.InputStream() {
            @Override
            public int read() throws java.io.IOException {
                try {
                    uploaded.await(10, TimeUnit.SECONDS); // the client has not sent the rest yet
                } catch (InterruptedException e) {
                    throw new java.io.InterruptedIOException();
                }
                return -1;
            }
        }, new java.io.ByteArrayInputStream(body));
        slow = new MockHttpServletRequest("POST", "/api/ingest/lab-measurements") {
            @Override
            public jakarta.servlet.ServletInputStream getInputStream() {
                return new org.springframework.mock.web.DelegatingServletInputStream(trickle);
            }
        };
        java.util.concurrent.atomic.AtomicReference<String> received = new java.util.concurrent.atomic.AtomicReference<>();
        MockHttpServletRequest slowRequest = slow;
        Future<MockHttpServletResponse> slowAnswer = clients.submit(() -> {
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(slowRequest, response, (req, res) -> received.set(new String(req.getInputStream().readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8)));
            return response;
        });

        MockHttpServletResponse fast = new MockHttpServletResponse();
        AtomicInteger ran = new AtomicInteger();
        filter.doFilter(post("/api/lots/L-2/measurements/batch"), fast, (req, res) -> ran.incrementAndGet());
        assertThat(ran).as("the one ingest turn was free while the slow body was still coming").hasValue(1);

        uploaded.countDown();
        assertThat(slowAnswer.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(received.get()).isEqualTo("{\"lotId\":\"L-1\"}\n");
    }

    @Test
    void theIngestLimitCountsLotReceiptsMeasurementsAndTheIngestEndpoints() {
        assertThat(RequestKind.of(post("/api/lots"))).isEqualTo(RequestKind.INGEST);
        assertThat(RequestKind.of(post("/api/lots/L-1/measurements"))).isEqualTo(RequestKind.INGEST);
        assertThat(RequestKind.of(post("/api/lots/L-1/measurements/batch"))).isEqualTo(RequestKind.INGEST);
        assertThat(RequestKind.of(post("/api/ingest/lab-measurements"))).isEqualTo(RequestKind.INGEST);
        assertThat(RequestKind.of(post("/api/ingest/lab-measurements/csv"))).isEqualTo(RequestKind.INGEST);
        assertThat(RequestKind.of(post("/api/lots/L-1/release"))).isNull();
        assertThat(RequestKind.of(post("/api/lots/L-1/measurements/batch/x"))).isNull();
        assertThat(RequestKind.of(get("/api/lots/L-1/measurements"))).isEqualTo(RequestKind.READ);
        MockHttpServletRequest head = get("/ui/lots");
        head.setMethod("HEAD");
        assertThat(RequestKind.of(head)).isEqualTo(RequestKind.READ);
    }

    @Test
    void limitsBelowOneAreRefusedAtStartUp() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new ConcurrencyLimits(0, 2, Duration.ofSeconds(1)))
                .hasMessageContaining("reads-per-core and ingest-per-core must be at least 1");
    }

    private Future<MockHttpServletResponse> send(ConcurrencyLimitFilter filter, MockHttpServletRequest request, Held held) {
        return clients.submit(() -> {
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(request, response, held);
            return response;
        });
    }

    private void awaitGauge(String name, double value) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (meters.get(name).tag("kind", "read").gauge().value() != value && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(meters.get(name).tag("kind", "read").gauge().value()).isEqualTo(value);
    }

    private static MockHttpServletRequest get(String path) {
        return new MockHttpServletRequest("GET", path);
    }

    private static MockHttpServletRequest post(String path) {
        return new MockHttpServletRequest("POST", path);
    }

    /** A request that runs until released. */
    private static final class Held implements FilterChain {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {
            entered.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
