package org.specloop.notify.subscription;

import org.specloop.notify.NotifyProperties;
import org.springframework.stereotype.Component;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * SSRF guard: a webhook must not turn this server into a proxy into its own network. Checked when
 * a subscription is made and again before every send, because DNS answers can change in between.
 * Hosts in specloop.notify.webhook.allowed-hosts are exempt (tests, or a deliberate on-site receiver).
 */
@Component
public class WebhookUrlPolicy {
    private final Set<String> allowedHosts;

    public WebhookUrlPolicy(NotifyProperties properties) {
        this.allowedHosts = properties.webhook().allowedHosts().stream()
                .map(h -> h.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    /** Why the URL is refused, or empty when it may be called. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException | NullPointerException e) {
            return Optional.of("is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("must be an http or https URL");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            return Optional.of("must name a host and carry no user info or fragment");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (allowedHosts.contains(host)) {
            return Optional.empty();
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("names a host that cannot be resolved");
        }
        for (InetAddress address : addresses) {
            if (isInternal(address)) {
                return Optional.of("resolves to a loopback, private, link-local or multicast address ("
                        + address.getHostAddress() + "), which is not allowed");
            }
        }
        return Optional.empty();
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
            // fc00::/7 unique local addresses (Java's isSiteLocalAddress only knows the old fec0::/10)
            return (b[0] & 0xfe) == 0xfc;
        }
        return false;
    }
}
