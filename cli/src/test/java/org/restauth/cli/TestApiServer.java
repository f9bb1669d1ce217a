package org.restauth.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.restauth.core.api.RestApi;
import org.restauth.core.app.Application;
import org.restauth.core.app.InMemoryApplicationRegistry;
import org.restauth.core.crypto.Secret;
import org.restauth.core.request.ApiRequest;
import org.restauth.core.request.Param;
import org.restauth.core.store.Stores;
import org.restauth.core.token.InMemoryTokenStore;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.token.TokenStore;
import org.restauth.format.RenderedResponse;
import org.restauth.format.ResponseRenderer;

/**
 * A real HTTP server on loopback serving /restserver.php with a real core RestApi and the format
 * renderer: query and form body merged in arrival order, HTTP 200 for every API answer. The login page
 * is not here: tests approve tokens directly in the token store, as login.php would.
 */
final class TestApiServer implements AutoCloseable {
    static final String API_KEY = "0123456789abcdef0123456789abcdef";
    static final String SECRET = "secretsecretsecretsecretsecret12";

    private final TokenStore tokens = new InMemoryTokenStore(TokenPolicy.DEFAULT);
    private final RestApi api = RestApi.builder()
            .stores(Stores.inMemory(InMemoryApplicationRegistry.of(Application.desktop(API_KEY, Secret.of(SECRET), "test app")))
                    .withTokens(tokens))
            .clock(Clock.systemUTC())
            .build();
    private final ResponseRenderer renderer = new ResponseRenderer();
    private final List<String> httpMethods = new CopyOnWriteArrayList<>();
    private final List<List<Param>> received = new CopyOnWriteArrayList<>();
    private final HttpServer server;

    TestApiServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/restserver.php", this::serve);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String endpoint() {
        return baseUrl() + "/restserver.php";
    }

    /** What login.php does once the person has logged in and allowed the application. */
    TokenStore.ApproveResult approve(String token, long uid) {
        return tokens.approve(token, API_KEY, uid, Instant.now());
    }

    RestApi api() {
        return api;
    }

    List<String> httpMethods() {
        return httpMethods;
    }

    List<List<Param>> received() {
        return received;
    }

    private void serve(HttpExchange exchange) throws IOException {
        List<Param> params = new ArrayList<>();
        addForm(params, exchange.getRequestURI().getRawQuery());
        addForm(params, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        httpMethods.add(exchange.getRequestMethod());
        received.add(List.copyOf(params));
        RenderedResponse rendered = renderer.render(api.handle(ApiRequest.of(params)));
        byte[] body = rendered.body();
        exchange.getResponseHeaders().set("Content-Type", rendered.contentType());
        rendered.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void addForm(List<Param> params, String form) {
        if (form == null || form.isEmpty()) {
            return;
        }
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            String key = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            params.add(new Param(URLDecoder.decode(key, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8)));
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
