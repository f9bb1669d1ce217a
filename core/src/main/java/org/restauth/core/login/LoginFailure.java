package org.restauth.core.login;

/** Why the login page cannot approve. Each has its own message on the page; nothing is approved. */
public enum LoginFailure {
    /** The api_key names no application. */
    UNKNOWN_APPLICATION,
    /** The token is unknown, expired, already approved or used, or another application's. */
    INVALID_TOKEN,
    /** Unknown email or wrong password: one answer for both. */
    BAD_CREDENTIALS,
    /** Too many failed attempts for this email or from this address; try again after the wait. */
    TOO_MANY_ATTEMPTS,
    /** No token could be created (the store is full) or the store is unreachable. */
    UNAVAILABLE
}
