package org.restauth.server.api;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.server.hostile.Wire.signed;
import static org.restauth.server.api.AddressLimitTest.TOKEN;
import static org.restauth.server.api.AddressLimitTest.from;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.restauth.server.hostile.Wire;

/** By default X-Forwarded-For is the client's word and is ignored: a new header per call escapes nothing. */
@MicronautTest(environments = "apps")
@Property(name = "restauth.api.address-rate-limit.burst", value = "2")
@Property(name = "restauth.api.address-rate-limit.per-second", value = "0.001")
class UntrustedForwardedForTest {
    @Inject
    EmbeddedServer server;

    @Test
    void createToken_forgedForwardedFor_isLimitedByTheConnectionsAddress() {
        Wire wire = new Wire(server.getURI());
        String target = "/restserver.php?" + Wire.encode(signed("auth.createToken"));
        assertTrue(wire.get(target, from("203.0.113.1")).body().contains(TOKEN));
        assertTrue(wire.get(target, from("203.0.113.2")).body().contains(TOKEN));

        assertTrue(wire.get(target, from("203.0.113.3")).body().contains("<error_code>4</error_code>"));
    }
}
