package org.restauth.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.server.hostile.Wire.signed;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.restauth.core.request.Param;
import org.restauth.server.hostile.Wire;

/**
 * The per-address limit on auth.createToken behind a trusted proxy: keyed by the last X-Forwarded-For
 * address, error 4 past the burst, other addresses and other methods unaffected, counted per application.
 */
@MicronautTest(environments = "apps")
@Property(name = "restauth.api.address-rate-limit.burst", value = "2")
@Property(name = "restauth.api.address-rate-limit.per-second", value = "0.001")
@Property(name = "restauth.api.trust-forwarded-for", value = "true")
class AddressLimitTest {
    static final String TOKEN = "<auth_createToken_response";

    @Inject
    EmbeddedServer server;

    static String from(String address) {
        return "X-Forwarded-For: " + address + "\r\n";
    }

    @Test
    void createToken_pastBurstFromOneForwardedAddress_isError4ForThatAddressOnly() {
        Wire wire = new Wire(server.getURI());
        String target = "/restserver.php?" + Wire.encode(signed("auth.createToken"));
        // the client may put anything first: the proxy's own entry, last, is the one that counts
        assertTrue(wire.get(target, from("198.51.100.1, 203.0.113.5")).body().contains(TOKEN));
        assertTrue(wire.get(target, from("198.51.100.2, 203.0.113.5")).body().contains(TOKEN));

        Wire.Answer refused = wire.get(target, from("198.51.100.3, 203.0.113.5"));

        assertEquals(200, refused.status());
        assertTrue(refused.body().contains("<error_code>4</error_code><error_msg>Application request limit reached</error_msg>"),
                refused.body());
        assertTrue(wire.get(target, from("203.0.113.6")).body().contains(TOKEN));
        List<Param> other = signed("auth.getSession", Wire.p("auth_token", "0".repeat(32)));
        assertTrue(wire.get("/restserver.php?" + Wire.encode(other), from("203.0.113.5")).body()
                .contains("<error_code>100</error_code>"));
        assertTrue(wire.get("/prometheus").body()
                .contains("restauth_requests_refused_by_limit_total{application=\"vector\"} 1.0"));
    }
}
