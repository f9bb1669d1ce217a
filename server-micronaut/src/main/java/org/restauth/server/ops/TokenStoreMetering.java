package org.restauth.server.ops;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.restauth.core.token.TokenStore;

/** Wraps whichever TokenStore is configured (memory or Redis) in {@link MeteredTokenStore}. */
@Singleton
public class TokenStoreMetering implements BeanCreatedEventListener<TokenStore> {
    private final BeanProvider<ApiMetrics> metrics;
    private final BeanProvider<AppNames> names;

    public TokenStoreMetering(BeanProvider<ApiMetrics> metrics, BeanProvider<AppNames> names) {
        this.metrics = metrics;
        this.names = names;
    }

    @Override
    public TokenStore onCreated(BeanCreatedEvent<TokenStore> event) {
        TokenStore store = event.getBean();
        return store instanceof MeteredTokenStore ? store : new MeteredTokenStore(store, metrics.get(), names.get());
    }
}
