package org.restauth.server.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import org.restauth.core.token.TokenPolicy;

/** {@code restauth.token.*}: how long a token lives (default 60m) and how many may be live. */
@ConfigurationProperties("restauth.token")
public final class TokenProperties {
    private Duration lifetime = TokenPolicy.DEFAULT.lifetime();
    private int maxLive = TokenPolicy.DEFAULT.maxLive();
    private int maxLivePerApp = TokenPolicy.DEFAULT.maxLivePerApplication();

    public Duration getLifetime() {
        return lifetime;
    }

    public void setLifetime(Duration lifetime) {
        this.lifetime = lifetime;
    }

    public int getMaxLive() {
        return maxLive;
    }

    public void setMaxLive(int maxLive) {
        this.maxLive = maxLive;
    }

    public int getMaxLivePerApp() {
        return maxLivePerApp;
    }

    public void setMaxLivePerApp(int maxLivePerApp) {
        this.maxLivePerApp = maxLivePerApp;
    }
}
