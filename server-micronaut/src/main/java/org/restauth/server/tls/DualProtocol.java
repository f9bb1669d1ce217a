package org.restauth.server.tls;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import jakarta.inject.Singleton;

/**
 * With TLS configured, HTTP keeps listening too ({@code micronaut.server.dual-protocol}): old clients call the API
 * over http:// and send people to https:// pages, or the other way round. Set here rather than in application.yml
 * because Netty would bind the HTTP port twice with dual protocol on and no TLS.
 */
@Singleton
@Requires(condition = TlsConfigured.class)
final class DualProtocol implements BeanCreatedEventListener<NettyHttpServerConfiguration> {
    @Override
    public NettyHttpServerConfiguration onCreated(BeanCreatedEvent<NettyHttpServerConfiguration> event) {
        NettyHttpServerConfiguration configuration = event.getBean();
        configuration.setDualProtocol(true);
        return configuration;
    }
}
