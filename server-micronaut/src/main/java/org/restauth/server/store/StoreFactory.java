package org.restauth.server.store;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.restauth.core.app.ApplicationRegistry;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.session.SessionStore;
import org.restauth.core.store.Stores;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.token.TokenStore;
import org.restauth.core.user.UserDirectory;

/**
 * The stores, from {@code restauth.store} (sqlite by default, memory, or redis). One switch rather than a
 * {@code @Requires} per value, so that an unknown value stops the start with the key named instead of a
 * missing-bean error.
 */
@Factory
public class StoreFactory {

    /** Closed when the server stops, which closes the Redis connection. */
    @Singleton
    @Bean(preDestroy = "close")
    StateStore stateStore(@Value("${restauth.store:sqlite}") String store, RedisProperties redis,
                          @Value("${restauth.sqlite.path:data/restauth.db}") String sqlitePath, Clock clock) {
        return StoreSettings.open(store, redis, new StoreSettings.Sqlite(sqlitePath, clock));
    }

    @Singleton
    Stores stores(StateStore state, TokenPolicy tokens, SessionPolicy sessions, ApplicationRegistry applications,
                  UserDirectory users) {
        return state.stores(tokens, sessions, applications, users);
    }

    /** Eager, so that a bad call-threads or call-queue value (or both names of one) stops the start. */
    @Context
    @Bean(preDestroy = "close")
    ApiCalls apiCalls(Stores stores, CallPoolProperties api, RedisProperties redis) {
        CallPool pool = CallPool.from(api, redis);
        return ApiCalls.forStores(stores, pool.threads(), pool.queue());
    }

    @Singleton
    TokenStore tokenStore(Stores stores) {
        return stores.tokens();
    }

    @Singleton
    SessionStore sessionStore(Stores stores) {
        return stores.sessions();
    }
}
