package org.specloop.notify;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.specloop.notify.delivery.DeliveryOutcome;
import org.specloop.notify.delivery.WebhookSender;
import org.specloop.notify.outbox.OutboxRow;
import org.specloop.notify.subscription.Channel;
import org.specloop.notify.subscription.Subscription;
import org.specloop.notify.subscription.WebhookUrlPolicy;

import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.FileInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HTTPS webhooks connect to the checked address yet still speak TLS to the host name: SNI names it, and the
 * certificate must be valid for it. The receiver's certificate is made for hooks.acme.example with keytool.
 */
class WebhookTlsTest {
    private static final char[] PASSWORD = "changeit".toCharArray();
    private final NotifyFixture notify = new NotifyFixture(List.of(Duration.ofMinutes(1)), "");
    private final String secret = WebhookSignature.newSecret();
    private final List<String> seen = new CopyOnWriteArrayList<>();
    private HttpsServer server;

    @AfterEach
    void close() {
        if (server != null) {
            server.stop(0);
        }
        notify.close();
    }

    @Test
    void https_sends_the_host_name_for_sni_and_host_while_connecting_to_the_checked_address(@TempDir Path dir) throws Exception {
        SSLContext tls = startReceiver(dir);

        DeliveryOutcome outcome = send(tls, "https://hooks.acme.example:" + server.getAddress().getPort() + "/hook");

        assertThat(outcome.kind()).as(outcome.error()).isEqualTo(DeliveryOutcome.Kind.DELIVERED);
        assertThat(seen).containsExactly("sni=hooks.acme.example host=hooks.acme.example:" + server.getAddress().getPort());
    }

    @Test
    void a_certificate_for_another_name_is_refused(@TempDir Path dir) throws Exception {
        SSLContext tls = startReceiver(dir);

        DeliveryOutcome outcome = send(tls, "https://other.acme.example:" + server.getAddress().getPort() + "/hook");

        assertThat(outcome.kind()).isEqualTo(DeliveryOutcome.Kind.RETRY);
        assertThat(outcome.error()).startsWith("connection failed");
        assertThat(seen).isEmpty();
    }

    private DeliveryOutcome send(SSLContext tls, String url) {
        // both names resolve to the receiver on loopback, which the test allows by name
        WebhookUrlPolicy policy = new WebhookUrlPolicy(notify.properties.withWebhook(new NotifyProperties.Webhook(
                Duration.ofSeconds(2), Duration.ofSeconds(2), List.of("hooks.acme.example", "other.acme.example"))),
                host -> new InetAddress[]{InetAddress.getByAddress(host, new byte[]{127, 0, 0, 1})});
        Subscription subscription = notify.subscribe("acme", Set.of("P-ACME"), Channel.webhook(url, List.of(secret)));
        notify.publish(Events.lotReceived("LOT-1", "P-ACME"));
        notify.publish(Events.lotHeld("LOT-1"));
        OutboxRow row = notify.outbox.ofSubscription(subscription.id(), null, 10).get(0);
        return new WebhookSender(Duration.ofSeconds(2), Duration.ofSeconds(5), policy, notify.clock, tls.getSocketFactory())
                .send(row, subscription);
    }

    /** Starts an HTTPS receiver with a certificate for hooks.acme.example; answers a client context that trusts it. */
    private SSLContext startReceiver(Path dir) throws Exception {
        Path store = dir.resolve("receiver.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "hook", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                "-dname", "CN=hooks.acme.example", "-ext", "SAN=dns:hooks.acme.example",
                "-keystore", store.toString(), "-storetype", "PKCS12", "-storepass", "changeit", "-keypass", "changeit")
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor()).as(output).isZero();
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(store.toFile())) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD);
        SSLContext serverTls = SSLContext.getInstance("TLS");
        serverTls.init(keyManagers.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverTls));
        server.createContext("/hook", exchange -> {
            String sni = ((ExtendedSSLSession) ((HttpsExchange) exchange).getSSLSession()).getRequestedServerNames().stream()
                    .map(name -> ((SNIHostName) name).getAsciiName()).findFirst().orElse("none");
            seen.add("sni=" + sni + " host=" + exchange.getRequestHeaders().getFirst("Host"));
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();

        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("receiver", keys.getCertificate("hook"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext clientTls = SSLContext.getInstance("TLS");
        clientTls.init(null, trust.getTrustManagers(), null);
        return clientTls;
    }
}
