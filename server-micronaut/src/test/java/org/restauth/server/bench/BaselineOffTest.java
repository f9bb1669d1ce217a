package org.restauth.server.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Without {@code restauth.bench.baseline=true} a server has no benchmark route. */
@MicronautTest
class BaselineOffTest {
    @Inject
    EmbeddedServer server;

    @Test
    void get_byDefault_is404() {
        assertEquals(404, new BaselineClient(server.getURI()).send("GET", null).statusCode());
    }

    @Test
    void post_byDefault_is404() {
        assertEquals(404, new BaselineClient(server.getURI()).send("POST", "method=auth.createToken").statusCode());
    }

    @Test
    void floorAndBusy_byDefault_are404() {
        assertEquals(404, new BaselineClient(server.getURI(), "/bench/baseline/busy/1000")
                .send("POST", "method=auth.createToken").statusCode());
        for (String format : new String[] {"xml", "json"}) {
            assertEquals(404, new BaselineClient(server.getURI(), "/bench/floor/" + format)
                    .send("POST", "method=auth.createToken").statusCode());
        }
    }
}
