package org.restauth.server.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.restauth.core.token.TokenPolicy;
import org.restauth.server.validation.MinDuration;

/** {@code restauth.token.*}: how long a token lives (default 60m) and how many may be live. Validated at start. */
@ConfigurationProperties("restauth.token")
public final class TokenProperties {
    @NotNull
    @MinDuration(value = "1ms", message = "must be a positive duration such as 60m")
    private Duration lifetime = TokenPolicy.DEFAULT.lifetime();
    @Min(value = 1, message = "must be at least 1")
    private int maxLive = TokenPolicy.DEFAULT.maxLive();
    @Min(value = 1, message = "must be at least 1")
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
