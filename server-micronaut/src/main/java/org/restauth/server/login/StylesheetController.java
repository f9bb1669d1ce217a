package org.restauth.server.login;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code /login.css}: the login page's only style sheet (a file, since the CSP allows no inline style). */
@Controller
public class StylesheetController {
    private static final String RESOURCE = "/login/login.css";
    private final byte[] css;

    public StylesheetController() {
        try (InputStream in = StylesheetController.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            this.css = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/login.css")
    HttpResponse<byte[]> css() {
        return HttpResponse.ok(css)
                .contentType("text/css;charset=utf-8")
                .header("Cache-Control", "public, max-age=3600")
                .header("X-Content-Type-Options", "nosniff");
    }
}
