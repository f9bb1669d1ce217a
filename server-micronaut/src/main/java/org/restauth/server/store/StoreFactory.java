package org.restauth.server.store;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.ConversionService;
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
                          ConversionService conversion,
                          @Value("${restauth.sqlite.path:data/restauth.db}") String sqlitePath, Clock clock) {
        return StoreSettings.open(store, redis, conversion, new StoreSettings.Sqlite(sqlitePath, clock));
    }

    @Singleton
    Stores stores(StateStore state, TokenPolicy tokens, SessionPolicy sessions, ApplicationRegistry applications,
                  UserDirectory users) {
        return state.stores(tokens, sessions, applications, users);
    }

    /** Eager, so that a bad call-threads or call-queue value stops the start with its key named. */
    @Context
    @Bean(preDestroy = "close")
    ApiCalls apiCalls(Stores stores, @Value("${restauth.redis.call-threads:16}") int threads,
                      @Value("${restauth.redis.call-queue:10000}") int queue) {
        return ApiCalls.forStores(stores, threads, queue);
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
