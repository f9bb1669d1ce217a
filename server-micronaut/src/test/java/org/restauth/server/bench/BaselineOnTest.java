package org.restauth.server.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** With {@code restauth.bench.baseline=true}: the constant answer, whatever the method or body. */
@MicronautTest
@Property(name = "restauth.bench.baseline", value = "true")
class BaselineOnTest {
    private static final String CONSTANT = "0123456789abcdef0123456789abcdef";

    @Inject
    EmbeddedServer server;

    @Test
    void get_whenEnabled_answersTheConstantAsXml() {
        assertConstant(new BaselineClient(server.getURI()).send("GET", null));
    }

    @Test
    void post_whenEnabled_answersTheConstantWhateverTheBody() {
        assertConstant(new BaselineClient(server.getURI()).send("POST", "method=auth.createToken&api_key=x&sig=y"));
    }

    @Test
    void putAndDelete_whenEnabled_answerTheConstant() {
        BaselineClient client = new BaselineClient(server.getURI());
        assertConstant(client.send("PUT", "a=b"));
        assertConstant(client.send("DELETE", null));
    }

    @Test
    void busy_whenEnabled_answersTheConstantAfterItsWork() {
        assertConstant(new BaselineClient(server.getURI(), "/bench/baseline/busy/2000").send("POST", "a=b"));
        assertConstant(new BaselineClient(server.getURI(), "/bench/baseline/busy/0").send("POST", "a=b"));
        // clamped, not refused: a huge or negative figure still answers (after at most 0.1 ms of work)
        assertConstant(new BaselineClient(server.getURI(), "/bench/baseline/busy/9999999999").send("POST", "a=b"));
        assertConstant(new BaselineClient(server.getURI(), "/bench/baseline/busy/-5").send("POST", "a=b"));
    }

    private static void assertConstant(HttpResponse<String> response) {
        assertEquals(200, response.statusCode());
        assertEquals(CONSTANT, response.body());
        assertEquals("text/xml; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
    }
}
