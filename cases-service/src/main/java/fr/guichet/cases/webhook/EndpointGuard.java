package fr.guichet.cases.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Which URLs may receive deliveries: HTTPS endpoints on public addresses. A subscription must not turn the guichet
 * into a way to reach its own network (SSRF), so the host is resolved and private, loopback, link-local and
 * multicast addresses are refused, when the subscription is made and again before each delivery (a name may
 * resolve elsewhere later). The hosts of {@code guichet.webhooks.allowed-http-hosts} (local runs, tests) may use
 * plain HTTP and any address.
 */
@ApplicationScoped
public class EndpointGuard {

    static final int MAX_URL_LENGTH = 2000;

    private final Set<String> allowedHttpHosts;

    @Inject
    EndpointGuard(@ConfigProperty(name = "guichet.webhooks.allowed-http-hosts") Optional<List<String>> allowedHttpHosts) {
        this.allowedHttpHosts = allowedHttpHosts.orElse(List.of()).stream().map(host -> host.trim().toLowerCase(Locale.ROOT))
                .filter(host -> !host.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /** Why deliveries may not go to this URL, in French and English; empty when they may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("L'URL est mal formée. / The URL is malformed.");
        }
        if (url.length() > MAX_URL_LENGTH || !uri.isAbsolute() || uri.getHost() == null) {
            return Optional.of("L'URL doit être absolue, avec un hôte, en " + MAX_URL_LENGTH + " caractères au plus. / "
                    + "The URL must be absolute, name a host and have at most " + MAX_URL_LENGTH + " characters.");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("L'URL ne doit pas contenir d'identifiants. / The URL must not carry credentials.");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        boolean allowListed = allowedHttpHosts.contains(host);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && allowListed)) {
            return Optional.of("Seules les adresses https sont acceptées. / Only https endpoints are accepted.");
        }
        return allowListed ? Optional.empty() : addressRefusal(host);
    }

    private static Optional<String> addressRefusal(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            return Optional.of("L'hôte " + host + " est introuvable. / The host " + host + " does not resolve.");
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("L'hôte " + host + " désigne une adresse privée, locale ou de multidiffusion ("
                        + address.getHostAddress() + "). / The host " + host
                        + " resolves to a private, loopback, link-local or multicast address.");
            }
        }
        return Optional.empty();
    }

    private static boolean isPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xFE) == 0xFC;
        boolean sharedV4 = bytes.length == 4 && (bytes[0] & 0xFF) == 100 && (bytes[1] & 0xC0) == 64; // 100.64.0.0/10
        return !(address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress() || uniqueLocalV6 || sharedV4);
    }
}
