package org.restauth.server.tls;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.netty.ssl.AbstractServerSslBuilder;
import io.micronaut.http.ssl.ServerSslConfiguration;
import io.micronaut.http.ssl.SslConfiguration;
import jakarta.inject.Singleton;
import java.time.Clock;
import javax.net.ssl.KeyManagerFactory;

/**
 * Micronaut's server TLS from {@code restauth.tls.*}: the key material is the one {@link ServerKeys} checked,
 * held in memory, instead of a key store path under {@code micronaut.server.ssl}. Eager, so that a bad file stops
 * the start before anything listens.
 */
@Context
@Singleton
@Requires(condition = TlsConfigured.class)
final class TlsSslBuilder extends AbstractServerSslBuilder {
    private final ServerSslConfiguration ssl = new ServerSslConfiguration();
    private final KeyManagerFactory keys;

    TlsSslBuilder(ResourceResolver resources, HttpServerConfiguration http, TlsProperties props, Clock clock) {
        super(resources, http);
        if (props.getPort() < 0 || props.getPort() > 65535) {
            throw new TlsConfigurationException("restauth.tls.port must be a port number (0 to 65535)");
        }
        this.keys = ServerKeys.load(props, clock);
        ssl.setEnabled(true);
        ssl.setPort(props.getPort());
    }

    @Override
    public ServerSslConfiguration getSslConfiguration() {
        return ssl;
    }

    @Override
    protected KeyManagerFactory getKeyManagerFactory(SslConfiguration configuration) {
        return keys;
    }
}
