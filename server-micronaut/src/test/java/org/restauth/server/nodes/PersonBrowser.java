package org.restauth.server.nodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A person's browser on the consent and settings pages, without the browser: it keeps the {@code restauth_person}
 * cookie those pages set, follows no redirect, and reads the form token out of a page as a form would send it.
 */
final class PersonBrowser {
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"form_token\" value=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private String cookie = "";

    PersonBrowser(URI base) {
        this.base = base;
    }

    /** Logs in on a permission prompt ({@code /connect/prompt_permissions.php}): the consent page it answers. */
    Page logInToPrompt(String apiKey, String extPerm, String email, String password) {
        return post("/connect/prompt_permissions.php", "action", "login", "api_key", apiKey, "ext_perm", extPerm,
                "email", email, "pass", password);
    }

    /** Presses Allow on a consent page this browser was shown. */
    Page allow(Page consent, String apiKey, String extPerm) {
        return post("/connect/prompt_permissions.php", "action", "allow", "api_key", apiKey, "ext_perm", extPerm,
                "form_token", consent.formToken());
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    /** A form POST; {@code fields} are name, value pairs. */
    Page post(String path, String... fields) {
        String body = Stream.iterate(0, i -> i + 1 < fields.length, i -> i + 2)
                .map(i -> encode(fields[i]) + "=" + encode(fields[i + 1])).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Page send(HttpRequest.Builder request) {
        if (!cookie.isEmpty()) {
            request.header("Cookie", cookie);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            response.headers().allValues("Set-Cookie").stream().filter(h -> h.startsWith("restauth_person="))
                    .map(h -> h.split(";", 2)[0]).findFirst().ifPresent(c -> cookie = c);
            return new Page(response.statusCode(), response.body(),
                    response.headers().firstValue("Location").orElse(""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One page as answered. */
    record Page(int status, String body, String location) {
        String formToken() {
            Matcher token = FORM_TOKEN.matcher(body);
            if (!token.find()) {
                throw new AssertionError("no form token in " + body);
            }
            return token.group(1);
        }
    }
}
