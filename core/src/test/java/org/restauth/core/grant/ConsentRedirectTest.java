package org.restauth.core.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConsentRedirectTest {
    private static final Optional<URI> CALLBACK = Optional.of(URI.create("https://app.example.org/fb/after-login"));

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/fb/", "http://app.example.org/fb/x", "https://app.example.org:444/fb/",
            "https://app.example.org/other", "https://user@app.example.org/fb/", "//evil.example/connect/login_success.html",
            "javascript:alert(1)", "/settings/applications", "https://app.example.org.evil.example/fb/",
            "https://app.example.org/fb/\n", "fbconnect:other", "data:text/html,x", ""})
    void target_elsewhere_empty(String next) {
        assertEquals(Optional.empty(), ConsentRedirect.target(next, CALLBACK, List.of()));
    }

    @Test
    void target_allowedPlaces_resultTokenReplaced() {
        assertEquals(Optional.of("https://app.example.org/fb/done?perms=email,offline_access"),
                ConsentRedirect.target("https://app.example.org/fb/done?perms=xxRESULTTOKENxx", CALLBACK,
                        List.of("email", "offline_access")));
        assertEquals(Optional.of("/connect/login_success.html?p=email"),
                ConsentRedirect.target("/connect/login_success.html?p=xxRESULTTOKENxx", CALLBACK, List.of("email")));
        assertEquals(Optional.of("fbconnect:cancel"), ConsentRedirect.target("fbconnect:cancel", Optional.empty(), List.of()));
        assertEquals(Optional.empty(), ConsentRedirect.target("https://app.example.org/fb/", Optional.empty(), List.of()));
    }
}
