package org.restauth.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.restauth.core.api.ApiResponse;
import org.restauth.core.api.Failures;
import org.restauth.core.api.RestApi;
import org.restauth.core.app.Application;
import org.restauth.core.app.InMemoryApplicationRegistry;
import org.restauth.core.crypto.Secret;
import org.restauth.core.request.ApiRequest;
import org.restauth.core.request.Param;
import org.restauth.core.request.ResponseOptions;
import org.restauth.core.store.Stores;
import org.restauth.core.token.InMemoryTokenStore;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.user.InMemoryUserDirectory;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.User;
import org.restauth.core.token.TokenStore;
import org.restauth.core.wire.MalformedRequestException;
import org.restauth.core.wire.WireParameters;
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

    /** The one person tokens are approved for: auth.getSession makes sessions only for people the store knows. */
    static final long UID = 8055;

    private final TokenStore tokens = new InMemoryTokenStore(TokenPolicy.DEFAULT);
    private final RestApi api = RestApi.builder()
            .stores(Stores.inMemory(InMemoryApplicationRegistry.of(
                    Application.desktop(API_KEY, Secret.of(SECRET), "test app"))).withTokens(tokens)
                    .withUsers(InMemoryUserDirectory.of(new User("person@example.com", UID,
                            PasswordHash.create("not used here".toCharArray(), new SecureRandom(), 100_000)))))
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

    /** Parameters by core's wire rules, as the server reads them; unreadable ones are core's error 100. */
    private void serve(HttpExchange exchange) throws IOException {
        byte[] requestBody = exchange.getRequestBody().readAllBytes();
        httpMethods.add(exchange.getRequestMethod());
        ApiResponse response;
        try {
            List<Param> params = WireParameters.read(exchange.getRequestURI().toString(),
                    exchange.getRequestHeaders().getFirst("Content-Type"), requestBody, WireParameters.NO_MULTIPART);
            received.add(List.copyOf(params));
            response = api.handle(ApiRequest.of(params));
        } catch (MalformedRequestException e) {
            response = Failures.answer("", e, ResponseOptions.DEFAULT, List.of());
        }
        RenderedResponse rendered = renderer.render(response);
        byte[] body = rendered.body();
        exchange.getResponseHeaders().set("Content-Type", rendered.contentType());
        rendered.headers().forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
