package org.restauth.core.event;

/**
 * Port: what happens in the flow, announced to whoever counts it (an adapter's metrics). Each event names the
 * application by api key only; never a token, session key or secret. Called on the thread of the call, after
 * the store has answered: implementations must be quick and must not throw. Every method does nothing unless
 * overridden.
 */
public interface AuthEvents {

    /** Announces nothing. */
    AuthEvents NONE = new AuthEvents() {
    };

    /** A token was created (auth.createToken, or the login page for a web application). */
    default void tokenIssued(String apiKey) {
    }

    /** A person approved a token on the login page (announced by core's LoginService, with {@link #loginOutcome}). */
    default void tokenApproved(String apiKey) {
    }

    /** auth.getSession traded an approved token for a new session. */
    default void tokenExchanged(String apiKey) {
    }

    /** auth.getSession made a session for this person (after {@link #tokenExchanged}). */
    default void sessionGranted(String apiKey, long uid) {
    }

    /** Sessions ended by auth.expireSession or auth.revokeAuthorization. */
    default void sessionsEnded(String apiKey, int count) {
    }

    /** A call answered error 4: a rate limit, or a cap on live tokens or sessions. */
    default void refusedByLimit(String apiKey) {
    }

    /**
     * The login page's answer to a person's credentials, or their cancel (announced by core's LoginService).
     *
     * @param apiKey the application's, or null when the login link named no known application
     * @param outcome {@code approved}, {@code cancelled}, or why it was refused, lower case (a
     *     {@code LoginFailure} name such as {@code bad_credentials}): a small fixed set, fit for a metric label
     */
    default void loginOutcome(String apiKey, String outcome) {
    }
}
