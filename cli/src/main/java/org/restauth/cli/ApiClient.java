package org.restauth.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import org.restauth.core.request.Param;

/** Sends a signed call to a server as an old client would: POST urlencoded, or GET with a query string. */
final class ApiClient {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /**
     * The body of a 2xx answer; anything else is a {@link CliFailure} ({@link UnreachableServer} when nothing
     * answered) naming the endpoint, never the parameters.
     */
    String send(URI endpoint, List<Param> params, boolean get) {
        String form = encode(params);
        HttpRequest.Builder request = HttpRequest.newBuilder().timeout(TIMEOUT);
        if (get) {
            request.uri(URI.create(endpoint + (endpoint.getRawQuery() == null ? "?" : "&") + form)).GET();
        } else {
            request.uri(endpoint)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form, StandardCharsets.UTF_8));
        }
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UnreachableServer("cannot reach " + shown(endpoint) + ": " + reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliFailure("interrupted while waiting for " + shown(endpoint));
        }
        if (response.statusCode() / 100 != 2) {
            throw new CliFailure(shown(endpoint) + " answered HTTP " + response.statusCode());
        }
        return response.body();
    }

    /** %20 rather than + for spaces: decoded the same in a query string and a form body. */
    private static String encode(List<Param> params) {
        return params.stream()
                .map(p -> component(p.key()) + "=" + component(p.value()))
                .collect(Collectors.joining("&"));
    }

    private static String component(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The endpoint without user info or query, which may carry credentials. */
    static String shown(URI endpoint) {
        String port = endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort();
        String path = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
        return endpoint.getScheme() + "://" + endpoint.getHost() + port + path;
    }

    private static String reason(IOException e) {
        String type = e.getClass().getSimpleName();
        if (e instanceof java.net.ConnectException) {
            return e.getMessage() == null ? "connection refused" : e.getMessage();
        }
        if (e instanceof java.net.http.HttpTimeoutException) {
            return "timed out";
        }
        return e.getMessage() == null ? type : type + ": " + e.getMessage();
    }
}
