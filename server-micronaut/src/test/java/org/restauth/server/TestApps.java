package org.restauth.server;

/** The applications of {@code application-apps.yml}. */
final class TestApps {
    /** docs/protocol.md §3's test vector application (desktop). */
    static final String DESKTOP_KEY = "0123456789abcdef0123456789abcdef";
    static final String DESKTOP_SECRET = "secretsecretsecretsecretsecret12";
    static final String WEB_KEY = "fedcba9876543210fedcba9876543210";
    static final String WEB_SECRET = "shopsecretshopsecretshopsecret00";

    private TestApps() {
    }
}
