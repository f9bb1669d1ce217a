package org.restauth.server.store;

import org.restauth.core.app.ApplicationRegistry;
import org.restauth.core.grant.GrantStore;
import org.restauth.core.limit.FailureCounter;
import org.restauth.core.limit.FailureLimit;
import org.restauth.core.app.ApplicationStore;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.store.Stores;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.user.UserDirectory;
import org.restauth.core.user.PersonStore;

/**
 * Where this server keeps tokens, sessions, rate-limit buckets and failure counts: its own memory ({@code restauth.store:
 * memory}, one node) or a Redis that every node shares ({@code redis}). It makes core's store bundle and the failure counters, from which every stateful bean comes,
 * so that with Redis no node keeps state of its own.
 */
public interface StateStore extends AutoCloseable {

    /** The bundle; the applications and people are configuration, given by the server. */
    Stores stores(TokenPolicy tokens, SessionPolicy sessions, ApplicationRegistry applications, UserDirectory users);

    /** @param name keeps this counter's records apart from other counters' ("login-email", "login-address") */
    FailureCounter failureCounter(String name, FailureLimit limit);

    /** The people of the system of record (the CLI changes them while the server runs). */
    PersonStore personStore();

    /** Who authorized which application, with which extended permissions. */
    GrantStore grantStore();

    /** Applications added at run time, beside the configured ones. */
    ApplicationStore applicationStore();

    /** For the health endpoint: memory, sqlite or redis. */
    String kind();

    /** Releases the connection, if any; called once, when the server stops. */
    @Override
    void close();
}
