package org.restauth.server.api;

import io.micronaut.http.HttpRequest;
import java.net.InetSocketAddress;
import java.util.regex.Pattern;

/**
 * Who is calling: the peer of the TCP connection, or, when {@code restauth.api.trust-forwarded-for} is
 * on, the last address of {@code X-Forwarded-For} (the one the proxy in front of us appended; addresses
 * before it are whatever the client claimed). Off by default: without a proxy any client could pick its
 * own address and escape the per-address limit. A forwarded value that is not an IPv4 or IPv6 address is
 * ignored (it would otherwise reach the access log and the limiter's keys as the client wrote it).
 */
public final class ClientAddresses {
    static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f.:]{2,45}");

    private final boolean trustForwardedFor;
    private final TrustedProxies proxies;

    public ClientAddresses(boolean trustForwardedFor) {
        this(trustForwardedFor, TrustedProxies.NONE);
    }

    public ClientAddresses(boolean trustForwardedFor, TrustedProxies proxies) {
        this.trustForwardedFor = trustForwardedFor;
        this.proxies = proxies;
    }

    /** Did the browser use HTTPS (directly, or through a proxy of {@code restauth.trusted-proxies})? */
    public boolean secure(HttpRequest<?> request) {
        return proxies.secure(request);
    }

    public String of(HttpRequest<?> request) {
        if (trustForwardedFor) {
            String forwarded = request.getHeaders().get(FORWARDED_FOR);
            if (forwarded != null && !forwarded.isBlank()) {
                String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).trim();
                if (ADDRESS.matcher(last).matches()) {
                    return last;
                }
            }
        }
        InetSocketAddress peer = request.getRemoteAddress();
        return peer.getAddress() != null ? peer.getAddress().getHostAddress() : peer.getHostString();
    }
}
