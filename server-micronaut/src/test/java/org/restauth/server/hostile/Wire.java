package org.restauth.server.hostile;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.restauth.core.crypto.Secret;
import org.restauth.core.request.Param;
import org.restauth.core.request.Signature;

/**
 * HTTP/1.1 written byte for byte over a socket, so that any target or body, however broken, reaches the
 * server as a hostile client would send it; and the calls of the test applications.
 */
public final class Wire {
    /** The desktop application of {@code application-apps.yml} (docs/protocol.md §3's test vector). */
    public static final String KEY = "0123456789abcdef0123456789abcdef";
    public static final String SECRET = "secretsecretsecretsecretsecret12";
    public static final String FORM = "application/x-www-form-urlencoded";

    private final URI base;

    public Wire(URI base) {
        this.base = base;
    }

    public static Param p(String key, String value) {
        return new Param(key, value);
    }

    /** {@code method}, {@code api_key}, the extras, then a correct {@code sig}. */
    public static List<Param> signed(String method, Param... extra) {
        List<Param> params = new ArrayList<>(List.of(p("method", method), p("api_key", KEY)));
        params.addAll(List.of(extra));
        params.add(Signature.param(params, Secret.of(SECRET)));
        return params;
    }

    public static String encode(List<Param> params) {
        return params.stream()
                .map(x -> URLEncoder.encode(x.key(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(x.value(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    public Answer get(List<Param> params) {
        return get("/restserver.php?" + encode(params));
    }

    /** GET of a target written as is (ISO-8859-1 chars are the bytes). */
    public Answer get(String target) {
        return get(target, "");
    }

    /** @param extraHeaders complete header lines, each ending in CRLF */
    public Answer get(String target, String extraHeaders) {
        return send("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + extraHeaders + "\r\n",
                new byte[0]);
    }

    public Answer post(String target, String contentType, byte[] body) {
        return post(target, contentType, body, "");
    }

    /** @param extraHeaders complete header lines, each ending in CRLF */
    public Answer post(String target, String contentType, byte[] body, String extraHeaders) {
        return send("POST " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: "
                + contentType + "\r\nContent-Length: " + body.length + "\r\n" + extraHeaders + "\r\n", body);
    }

    private Answer send(String head, byte[] body) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return Answer.read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One response: status, content type, body bytes. */
    public record Answer(int status, String contentType, byte[] bytes) {
        public String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public static Answer read(InputStream in) throws IOException {
            byte[] raw = in.readAllBytes();
            String all = new String(raw, StandardCharsets.ISO_8859_1);
            int headerEnd = all.indexOf("\r\n\r\n");
            if (headerEnd < 0) {
                throw new IOException("no complete HTTP response: " + raw.length + " bytes");
            }
            String[] lines = all.substring(0, headerEnd).split("\r\n");
            String contentType = "";
            for (String line : Arrays.copyOfRange(lines, 1, lines.length)) {
                if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                    contentType = line.substring(line.indexOf(':') + 1).trim();
                }
            }
            return new Answer(Integer.parseInt(lines[0].split(" ")[1]), contentType,
                    Arrays.copyOfRange(raw, headerEnd + 4, raw.length));
        }
    }
}
