package org.restauth.server.login;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.restauth.core.grant.ConsentService;
import org.restauth.core.grant.GrantStore;
import org.restauth.core.session.SessionStore;
import org.restauth.server.metrics.Audit;
import org.restauth.server.metrics.AuditedGrants;
import org.restauth.server.store.StateStore;

/**
 * The identity layer's stores: the grants come from the state store, audited. The people (with their profiles) are the
 * store's {@code PersonStore} bean, made by the store factory.
 */
@Factory
public class IdentityFactory {

    /** Audited here, the one grant store every caller is given: no change escapes the audit log. */
    @Singleton
    GrantStore grantStore(StateStore state, Audit audit) {
        return new AuditedGrants(state.grantStore(), audit);
    }

    @Singleton
    ConsentService consentService(GrantStore grants, SessionStore sessions, Clock clock) {
        return new ConsentService(grants, sessions, clock);
    }
}
