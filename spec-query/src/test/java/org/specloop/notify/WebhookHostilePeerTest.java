package org.specloop.notify;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.specloop.notify.delivery.DeliveryOutcome;
import org.specloop.notify.delivery.WebhookSender;
import org.specloop.notify.outbox.DeliveryStatus;
import org.specloop.notify.outbox.OutboxRow;
import org.specloop.notify.subscription.Channel;
import org.specloop.notify.subscription.Subscription;
import org.specloop.notify.subscription.WebhookUrlPolicy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Webhook receivers that try to exhaust the sender: a huge body, bytes trickled, a redirect, a host name
 * that resolves (or later resolves) to an internal address. Every send ends within its 2 s request timeout
 * (the 20 s bound only stops a hanging test) as a failure with a short reason.
 */
class WebhookHostilePeerTest {
    private static final Duration HANG = Duration.ofSeconds(20);
    private final NotifyFixture notify = new NotifyFixture(List.of(Duration.ofMinutes(1)), "");
    private final String secret = WebhookSignature.newSecret();
    private final WebhookReceiver honest;

    WebhookHostilePeerTest() throws Exception {
        honest = new WebhookReceiver();
    }

    @AfterEach
    void close() {
        honest.close();
        notify.close();
    }

    private OutboxRow deliverOnce(String url) {
        Subscription subscription = notify.subscribe("acme", Set.of("P-ACME"), Channel.webhook(url, List.of(secret)));
        notify.publish(Events.lotReceived("LOT-1", "P-ACME"));
        notify.publish(Events.lotHeld("LOT-1"));
        assertTimeoutPreemptively(HANG, () -> notify.worker.runOnce());
        return notify.outbox.ofSubscription(subscription.id(), null, 10).get(0);
    }

    @Test
    void a_huge_error_body_is_not_read_beyond_a_few_kilobytes() throws Exception {
        try (HostileReceiver hostile = new HostileReceiver(HostileReceiver.Behaviour.HUGE_BODY, null)) {
            OutboxRow row = deliverOnce(hostile.url());

            assertThat(row.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(row.lastStatus()).isEqualTo(500);
            assertThat(row.lastError()).startsWith("HTTP 500: the receiver fails and says so").hasSizeLessThan(220);
            // what the receiver got out before the sender hung up: socket buffers, nowhere near 200 MB
            assertThat(hostile.bytesWritten()).isLessThan(HostileReceiver.HUGE / 4);
        }
    }

    @Test
    void a_trickled_error_body_ends_at_the_request_timeout_with_the_status_kept() throws Exception {
        try (HostileReceiver hostile = new HostileReceiver(HostileReceiver.Behaviour.TRICKLED_BODY, null)) {
            OutboxRow row = deliverOnce(hostile.url());

            assertThat(row.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(row.lastStatus()).isEqualTo(500);
            assertThat(row.lastError()).startsWith("HTTP 500: x").hasSizeLessThan(220);
        }
    }

    @Test
    void a_trickled_answer_head_is_a_timeout() throws Exception {
        try (HostileReceiver hostile = new HostileReceiver(HostileReceiver.Behaviour.TRICKLED_HEAD, null)) {
            OutboxRow row = deliverOnce(hostile.url());

            assertThat(row.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(row.lastStatus()).isNull();
            assertThat(row.lastError()).startsWith("timed out");
        }
    }

    @Test
    void a_redirect_is_not_followed() throws Exception {
        try (HostileReceiver hostile = new HostileReceiver(HostileReceiver.Behaviour.REDIRECT, honest.url())) {
            OutboxRow row = deliverOnce(hostile.url());

            assertThat(row.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(row.lastStatus()).isEqualTo(302);
            assertThat(row.lastError()).isEqualTo("HTTP 302 (redirect to " + honest.url() + " not followed)");
            assertThat(honest.received()).isEmpty();
        }
    }

    @Test
    void a_host_name_resolving_to_loopback_is_refused_before_any_connection() {
        WebhookUrlPolicy policy = new WebhookUrlPolicy(notify.properties,
                host -> new InetAddress[]{InetAddress.getByAddress(host, new byte[]{127, 0, 0, 1})});
        int port = Integer.parseInt(honest.url().replaceAll(".*:(\\d+)/.*", "$1"));

        DeliveryOutcome outcome = sendWith(policy, "http://hooks.acme.example:" + port + "/hook");

        assertThat(outcome.kind()).isEqualTo(DeliveryOutcome.Kind.RETRY);
        assertThat(outcome.error()).contains("loopback").contains("127.0.0.1");
        assertThat(honest.received()).isEmpty();
    }

    @Test
    void the_connection_goes_to_the_address_that_was_checked_not_to_a_later_dns_answer() {
        // a rebinding DNS server: a public address for the check, loopback (the honest receiver) afterwards
        AtomicInteger lookups = new AtomicInteger();
        WebhookUrlPolicy policy = new WebhookUrlPolicy(notify.properties, host -> lookups.getAndIncrement() == 0
                ? new InetAddress[]{address(host, 192, 0, 2, 1)}
                : new InetAddress[]{address(host, 127, 0, 0, 1)});
        int port = Integer.parseInt(honest.url().replaceAll(".*:(\\d+)/.*", "$1"));

        DeliveryOutcome outcome = sendWith(policy, "http://hooks.acme.example:" + port + "/hook");

        assertThat(outcome.kind()).isEqualTo(DeliveryOutcome.Kind.RETRY);
        assertThat(lookups).hasValue(1);
        assertThat(honest.received()).isEmpty();
    }

    private DeliveryOutcome sendWith(WebhookUrlPolicy policy, String url) {
        Subscription subscription = notify.subscribe("acme", Set.of("P-ACME"), Channel.webhook(url, List.of(secret)));
        notify.publish(Events.lotReceived("LOT-1", "P-ACME"));
        notify.publish(Events.lotHeld("LOT-1"));
        OutboxRow row = notify.outbox.ofSubscription(subscription.id(), null, 10).get(0);
        WebhookSender sender = new WebhookSender(Duration.ofSeconds(1), Duration.ofSeconds(2), policy, notify.clock);
        return assertTimeoutPreemptively(HANG, () -> sender.send(row, subscription));
    }

    private static InetAddress address(String host, int a, int b, int c, int d) throws UnknownHostException {
        return InetAddress.getByAddress(host, new byte[]{(byte) a, (byte) b, (byte) c, (byte) d});
    }
}
