package org.restauth.core.app;

/** Desktop applications get a session secret and a "close this window" page; web applications a redirect. */
public enum AppType {
    DESKTOP,
    WEB
}
