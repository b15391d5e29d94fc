package org.specloop.notify.subscription;

import org.specloop.notify.NotifyProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SSRF guard: a webhook must not turn this server into a proxy into its own network. Checked when
 * a subscription is made and again before every send, because DNS answers can change in between.
 * {@link #check} resolves the host once and hands back the addresses it judged: the sender connects
 * to exactly those, so a DNS answer that changes between the check and the connection (rebinding)
 * cannot lead it elsewhere. Hosts in specloop.notify.webhook.allowed-hosts are exempt (tests, or a
 * deliberate on-site receiver).
 */
@Component
public class WebhookUrlPolicy {
    /** Name resolution, replaceable so that tests can play a rebinding DNS server. */
    @FunctionalInterface
    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A URL that may be called, with the addresses that were checked: connect to these and no other. */
    public record Target(URI uri, String host, int port, boolean tls, List<InetAddress> addresses) {
    }

    /** Either a target or why the URL is refused. */
    public record Decision(Target target, String refusal) {
        static Decision refused(String why) {
            return new Decision(null, why);
        }
    }

    private final Set<String> allowedHosts;
    private final Resolver resolver;

    @Autowired
    public WebhookUrlPolicy(NotifyProperties properties) {
        this(properties, InetAddress::getAllByName);
    }

    public WebhookUrlPolicy(NotifyProperties properties, Resolver resolver) {
        this.allowedHosts = properties.webhook().allowedHosts().stream()
                .map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /** Why the URL is refused, or empty when it may be called. */
    public Optional<String> refusal(String url) {
        return Optional.ofNullable(check(url).refusal());
    }

    /** Resolves the URL's host once and judges every address it resolves to. */
    public Decision check(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            return Decision.refused("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Decision.refused("must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Decision.refused("must name a host and carry no user info or fragment");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean tls = scheme.equals("https");
        int port = uri.getPort() >= 0 ? uri.getPort() : tls ? 443 : 80;
        String bareHost = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(bareHost);
        } catch (UnknownHostException e) {
            return Decision.refused("names a host that cannot be resolved");
        }
        if (addresses == null || addresses.length == 0) {
            return Decision.refused("names a host that cannot be resolved");
        }
        if (!allowedHosts.contains(host)) {
            for (InetAddress address : addresses) {
                if (isInternal(address)) {
                    return Decision.refused("resolves to a loopback, private, link-local or multicast address ("
                            + address.getHostAddress() + "), which is not allowed");
                }
            }
        }
        return new Decision(new Target(uri, bareHost, port, tls, List.of(addresses)), null);
    }

    static boolean isInternal(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isSiteLocalAddress()
                || address.isLinkLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            // 100.64/10 carrier-grade NAT, 0/8 "this network", 240/4 reserved and broadcast
            return (first == 100 && second >= 64 && second < 128) || first == 0 || first >= 240;
        }
        if (address instanceof Inet6Address) {
            // fc00::/7 unique local addresses (Java's isSiteLocalAddress only knows the old fec0::/10);
            // IPv4-mapped ::ffff:a.b.c.d addresses already come back from Java as Inet4Address
            return (b[0] & 0xfe) == 0xfc;
        }
        return false;
    }
}
