package org.restauth.server.login;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import org.restauth.server.api.ClientAddresses;

/** Turns a {@link Page} into the HTTP answer: rendered HTML (or a redirect), the CSRF cookie, the headers. */
@Singleton
class PageWriter {
    private final ThymeleafViewsRenderer<Map<String, Object>> views;
    private final CsrfGuard csrf;
    private final ClientAddresses addresses;
    private final PersonSessions persons;

    PageWriter(ThymeleafViewsRenderer<Map<String, Object>> views, CsrfGuard csrf, ClientAddresses addresses,
               PersonSessions persons) {
        this.views = views;
        this.csrf = csrf;
        this.addresses = addresses;
        this.persons = persons;
    }

    MutableHttpResponse<String> write(Page page, HttpRequest<?> request, boolean framed) {
        MutableHttpResponse<String> response;
        if (page.redirect().isPresent()) {
            response = HttpResponse.<String>status(HttpStatus.FOUND)
                    .header("Location", page.redirect().get().toASCIIString());
        } else {
            response = HttpResponse.<String>status(HttpStatus.valueOf(page.status()))
                    .body(render(page, request))
                    .contentType(MediaType.TEXT_HTML + ";charset=utf-8");
        }
        page.csrfToken().map(csrf::cookieFor).ifPresent(form -> response.cookie(Cookie.of(form.name(), form.value())
                .path("/login.php").maxAge(form.maxAgeSeconds()).httpOnly(true).sameSite(SameSite.Lax)
                .secure(addresses.secure(request))));
        // whole seconds, rounded up: a client that waits exactly this long finds the lock over
        page.retryAfter().ifPresent(wait -> response.header("Retry-After",
                Long.toString((wait.toMillis() + 999) / 1000)));
        page.personSession().ifPresent(key -> persons.setCookie(key, request, response));
        SecurityHeaders.apply(response, framed, page.app());
        return response;
    }

    private String render(Page page, HttpRequest<?> request) {
        Writable writable = views.render(page.view(), page.model(), request);
        StringWriter html = new StringWriter();
        try {
            writable.writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return html.toString();
    }
}
