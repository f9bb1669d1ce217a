package org.restauth.server.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.restauth.server.hostile.Wire.signed;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.restauth.server.hostile.Wire;

/**
 * micronaut.lifecycle.graceful-shutdown: a call whose body is still arriving when the server is told to
 * stop is answered in full; the server stops accepting new connections meanwhile, and stops once the
 * call is done.
 */
class GracefulShutdownTest {

    @Test
    void stop_withCallInFlight_answersItBeforeStopping() throws Exception {
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", -1), "apps");
        byte[] body = Wire.encode(signed("auth.createToken")).getBytes(StandardCharsets.US_ASCII);
        int half = body.length / 2;
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /restserver.php HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: "
                    + Wire.FORM + "\r\nContent-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, half);
            out.flush();
            Thread.sleep(1000); // the request has reached the server and waits for the rest of its body

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::stop);
            Thread.sleep(500);
            assertFalse(stopping.isDone(), "the server stopped with a call in flight");
            assertThrows(IOException.class, () -> new Socket("127.0.0.1", server.getPort()).close(),
                    "a stopping server still accepts connections");

            out.write(body, half, body.length - half);
            out.flush();
            Wire.Answer answer = Wire.Answer.read(socket.getInputStream());

            assertEquals(200, answer.status());
            assertTrue(answer.body().contains("<auth_createToken_response"), answer.body());
            stopping.get(20, TimeUnit.SECONDS);
        } finally {
            server.getApplicationContext().close();
        }
    }
}
