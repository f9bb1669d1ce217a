package org.restauth.server.login;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Pattern;

/**
 * {@code restauth.login.*}: the key behind the login form's CSRF cookie, and this server's public origin.
 * Several nodes behind one name need the same {@code csrf-key}; a node without one makes its own at start.
 */
@ConfigurationProperties("restauth.login")
public final class LoginProperties {
    /** Unset or empty: each node makes its own. Never in a message: the pattern's message says no value. */
    @Pattern(regexp = "(?s)(.{32,})?",
            message = "must be at least 32 characters (or unset: each node then makes its own)")
    private String csrfKey;
    private String origin;

    public String getCsrfKey() {
        return csrfKey;
    }

    public void setCsrfKey(String csrfKey) {
        this.csrfKey = csrfKey;
    }

    /** e.g. {@code https://auth.example}; when unset, the origin is read from the request's Host header. */
    public String getOrigin() {
        return origin;
    }

    public void setOrigin(String origin) {
        this.origin = origin;
    }

    /** The key is left out: this may reach a log. */
    @Override
    public String toString() {
        return "LoginProperties[origin=" + origin + "]";
    }
}
