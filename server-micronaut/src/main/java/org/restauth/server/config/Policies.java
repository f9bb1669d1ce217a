package org.restauth.server.config;

import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.convert.ConversionService;
import java.time.Duration;
import java.util.Optional;
import org.restauth.core.limit.RateLimit;
import org.restauth.core.limit.RateLimiter;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.token.TokenPolicy;
import org.restauth.server.store.StateStore;

/** Core's policies from the {@code restauth.*} properties, refusing bad values with the key's name. */
final class Policies {
    private Policies() {
    }

    static TokenPolicy tokens(TokenProperties props) {
        Duration lifetime = props.getLifetime();
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
            throw new ConfigurationException("restauth.token.lifetime must be a positive duration such as 60m");
        }
        atLeastOne(props.getMaxLive(), "restauth.token.max-live");
        atLeastOne(props.getMaxLivePerApp(), "restauth.token.max-live-per-app");
        return new TokenPolicy(lifetime, props.getMaxLive(), props.getMaxLivePerApp());
    }

    /** {@code 0} (or {@code 0s}) for sessions that never expire. */
    static SessionPolicy sessions(SessionProperties props, ConversionService conversion) {
        String value = props.getLifetime() == null ? "" : props.getLifetime().trim();
        Optional<Duration> lifetime = "0".equals(value) ? Optional.of(Duration.ZERO)
                : conversion.convert(value, Duration.class);
        if (lifetime.isEmpty() || lifetime.get().isNegative()) {
            throw new ConfigurationException("restauth.session.lifetime must be a duration such as 24h, or 0 for never");
        }
        SessionPolicy defaults = SessionPolicy.DEFAULT;
        return new SessionPolicy(lifetime.get(), defaults.expiredGrace(), defaults.maxLive(),
                defaults.maxLivePerApplication());
    }

    static int maxParams(ApiProperties props) {
        atLeastOne(props.getMaxParams(), "restauth.api.max-params");
        return props.getMaxParams();
    }

    /** A token bucket per application when both keys are set (in the store: shared by nodes); none when neither is. */
    static RateLimiter applicationLimiter(RateLimitProperties props, StateStore state) {
        Integer burst = props.getBurst();
        Double perSecond = props.getPerSecond();
        if (burst == null && perSecond == null) {
            return RateLimiter.UNLIMITED;
        }
        if (burst == null || perSecond == null) {
            throw new ConfigurationException("restauth.api.rate-limit.burst and restauth.api.rate-limit.per-second"
                    + " go together: set both, or neither for no limit");
        }
        atLeastOne(burst, "restauth.api.rate-limit.burst");
        if (!(perSecond > 0) || perSecond.isInfinite()) {
            throw new ConfigurationException("restauth.api.rate-limit.per-second must be a number above 0");
        }
        return state.rateLimiter("app", new RateLimit(burst, perSecond));
    }

    private static void atLeastOne(int value, String key) {
        if (value < 1) {
            throw new ConfigurationException(key + " must be at least 1");
        }
    }
}
