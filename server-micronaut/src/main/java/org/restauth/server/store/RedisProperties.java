package org.restauth.server.store;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * {@code restauth.redis.*}, read only with {@code restauth.store: redis}. Plain strings, so that
 * {@link StoreSettings} can refuse a bad value naming the key (and never echo the URI: it may hold a password).
 */
@ConfigurationProperties("restauth.redis")
public final class RedisProperties {
    private String uri = "redis://127.0.0.1:6379";
    private String timeout = "500ms";

    public String getUri() {
        return uri;
    }

    public void setUri(String uri) {
        this.uri = uri;
    }

    public String getTimeout() {
        return timeout;
    }

    public void setTimeout(String timeout) {
        this.timeout = timeout;
    }

    /** The URI is left out: it may carry a password. */
    @Override
    public String toString() {
        return "RedisProperties[timeout=" + timeout + "]";
    }
}
