package org.restauth.server.api;

import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.http.HttpRequest;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code restauth.trusted-proxies}: the addresses (or CIDR ranges) of TLS-terminating proxies in front of us. A
 * request whose TCP peer is one of them is taken as HTTPS when its {@code Forwarded: proto=https} (RFC 7239) or
 * {@code X-Forwarded-Proto: https} says so; from anyone else those headers are ignored, since a client could
 * otherwise claim HTTPS over plain HTTP. The first entry counts: it is what the outermost proxy saw of the browser.
 */
public final class TrustedProxies {
    static final TrustedProxies NONE = new TrustedProxies(List.of());
    private static final Pattern LITERAL = Pattern.compile("([0-9A-Fa-f.:]{2,45})(?:/(\\d{1,3}))?");
    private static final Pattern FORWARDED_PROTO = Pattern.compile("(?i)(?:^|;)\\s*proto\\s*=\\s*\"?([a-z]+)\"?");

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    /** @throws ConfigurationException naming the key and the entry that is no IP address or CIDR range */
    public static TrustedProxies of(List<String> entries) {
        return new TrustedProxies(entries == null ? List.of() : entries.stream().map(String::trim)
                .filter(entry -> !entry.isEmpty()).map(TrustedProxies::range).toList());
    }

    /** Did the browser use HTTPS: on this connection, or, through a trusted proxy, on the proxy's? */
    public boolean secure(HttpRequest<?> request) {
        if (request.isSecure() || ranges.isEmpty() || !trusted(request.getRemoteAddress())) {
            return request.isSecure();
        }
        String forwarded = request.getHeaders().get("Forwarded");
        if (forwarded != null) {
            Matcher proto = FORWARDED_PROTO.matcher(forwarded.split(",", 2)[0]);
            if (proto.find()) {
                return proto.group(1).equalsIgnoreCase("https");
            }
        }
        String proto = request.getHeaders().get("X-Forwarded-Proto");
        return proto != null && proto.split(",", 2)[0].trim().toLowerCase(Locale.ROOT).equals("https");
    }

    private boolean trusted(InetSocketAddress peer) {
        InetAddress address = peer == null ? null : peer.getAddress();
        return address != null && ranges.stream().anyMatch(range -> range.contains(address));
    }

    private static Range range(String entry) {
        Matcher literal = LITERAL.matcher(entry);
        try {
            if (literal.matches()) {
                // a literal (checked above) is parsed without a DNS look-up
                InetAddress network = InetAddress.getByName(literal.group(1));
                int bits = network.getAddress().length * 8;
                int prefix = literal.group(2) == null ? bits : Integer.parseInt(literal.group(2));
                if (prefix <= bits) {
                    return new Range(network.getAddress(), prefix);
                }
            }
        } catch (UnknownHostException e) {
            // falls through to the refusal below
        }
        throw new ConfigurationException("restauth.trusted-proxies: " + entry
                + " is not an IP address or a CIDR range such as 10.0.0.0/8");
    }

    private record Range(byte[] network, int prefix) {
        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != network.length) {
                return false;
            }
            int shift = network.length * 8 - prefix;
            return new BigInteger(1, candidate).shiftRight(shift).equals(new BigInteger(1, network).shiftRight(shift));
        }
    }
}
