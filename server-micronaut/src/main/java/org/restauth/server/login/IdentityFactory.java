package org.restauth.server.login;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.restauth.core.grant.ConsentService;
import org.restauth.core.grant.GrantStore;
import org.restauth.core.session.SessionStore;
import org.restauth.server.store.StateStore;

/**
 * The identity layer's stores: the grants come from the state store. The people (with their profiles) are the
 * store's {@code PersonStore} bean, made by the store factory.
 */
@Factory
public class IdentityFactory {

    @Singleton
    GrantStore grantStore(StateStore state) {
        return state.grantStore();
    }

    @Singleton
    ConsentService consentService(GrantStore grants, SessionStore sessions, Clock clock) {
        return new ConsentService(grants, sessions, clock);
    }
}
