package org.restauth.server.store;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.convert.ConversionService;
import io.micronaut.http.netty.channel.EventLoopGroupRegistry;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.session.SessionStore;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.token.TokenStore;
import org.restauth.core.user.PersonStore;

/**
 * The stores, from {@code restauth.store} (sqlite by default, memory, or redis). One switch rather than a
 * {@code @Requires} per value, so that an unknown value stops the start with the key named instead of a
 * missing-bean error.
 */
@Factory
public class StoreFactory {

    /**
     * Closed when the server stops, which closes the Redis connections. With Redis, auth.createToken's calls
     * go out on the HTTP server's own event loops (bench/README.md, "Redis store").
     */
    @Singleton
    @Bean(preDestroy = "close")
    StateStore stateStore(@Value("${restauth.store:sqlite}") String store, RedisProperties redis,
                          @Value("${restauth.redis.call-queue:10000}") int callQueue, ConversionService conversion,
                          EventLoopGroupRegistry loops,
                          @Value("${restauth.sqlite.path:data/restauth.db}") String sqlitePath, Clock clock) {
        return StoreSettings.open(store, redis, new StoreSettings.Calls(callQueue, loops::getDefaultEventLoopGroup),
                conversion, new StoreSettings.Sqlite(sqlitePath, clock));
    }

    @Singleton
    PersonStore personStore(StateStore state) {
        return state.personStore();
    }

    @Singleton
    TokenStore tokenStore(StateStore state, TokenPolicy policy) {
        return state.tokenStore(policy);
    }

    @Singleton
    SessionStore sessionStore(StateStore state, SessionPolicy policy) {
        return state.sessionStore(policy);
    }
}
