package org.restauth.server;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.restauth.core.request.Param;

/** A real HTTP client (the JDK's) against the running server. */
final class ApiClient {
    static final String FORM = "application/x-www-form-urlencoded";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    ApiClient(URI base) {
        this.base = base;
    }

    /** GET with the params in the query string. */
    Answer get(String path, List<Param> query) {
        return getRaw(path + "?" + Calls.encode(query));
    }

    /** GET of a path and query that java.net.URI accepts. */
    Answer getRaw(String pathAndQuery) {
        return send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET());
    }

    /**
     * GET with the request target written byte for byte on the request line, over a plain socket: the JDK
     * client refuses targets such as {@code ?v=%zz}, which old clients do send.
     */
    Answer getVerbatim(String target) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return RawHttp.parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * POST urlencoded over a plain socket, the body in two writes {@code pauseMillis} apart: the server must
     * wait for the rest of the body instead of answering from the first piece.
     */
    Answer postFormInTwoPieces(String path, List<Param> body, long pauseMillis) {
        byte[] bytes = Calls.encode(body).getBytes(StandardCharsets.UTF_8);
        int half = bytes.length / 2;
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nConnection: close\r\n"
                    + "Content-Type: " + FORM + "\r\nContent-Length: " + bytes.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes, 0, half);
            out.flush();
            Thread.sleep(pauseMillis);
            out.write(bytes, half, bytes.length - half);
            out.flush();
            return RawHttp.parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POST urlencoded; {@code query} may be empty. */
    Answer postForm(String path, List<Param> query, List<Param> body) {
        String target = query.isEmpty() ? path : path + "?" + Calls.encode(query);
        return post(target, FORM, Calls.encode(body).getBytes(StandardCharsets.UTF_8));
    }

    /** POST multipart/form-data, one text part per param, in order. */
    Answer postMultipart(String path, List<Param> parts) {
        String boundary = "----restauthBoundary7MA4YWxkTrZu0gW";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Param part : parts) {
            write(body, "--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"" + part.key() + "\"\r\n\r\n"
                    + part.value() + "\r\n");
        }
        write(body, "--" + boundary + "--\r\n");
        return post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    Answer post(String target, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(base.resolve(target))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = http.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("X-Content-Type-Options").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** What came back. */
    record Answer(int status, String contentType, String noSniff, byte[] bytes) {
        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }
}
