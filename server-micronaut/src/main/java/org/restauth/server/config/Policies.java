package org.restauth.server.config;

import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.convert.ConversionService;
import java.time.Duration;
import java.util.Optional;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.token.TokenPolicy;

/**
 * Core's policies from the {@code restauth.*} properties (validated by their classes' constraints); the session
 * lifetime is a string with its own conversion, refused here with the key's name.
 */
final class Policies {
    private static final System.Logger LOG = System.getLogger(Policies.class.getName());
    private Policies() {
    }

    static TokenPolicy tokens(TokenProperties props) {
        return new TokenPolicy(props.getLifetime(), props.getMaxLive(), props.getMaxLivePerApp());
    }

    /** {@code 0} (or {@code 0s}) for sessions that never expire. */
    static SessionPolicy sessions(SessionProperties props, ConversionService conversion) {
        String value = props.getLifetime() == null ? "" : props.getLifetime().trim();
        Optional<Duration> lifetime = "0".equals(value) ? Optional.of(Duration.ZERO)
                : conversion.convert(value, Duration.class);
        if (lifetime.isEmpty() || lifetime.get().isNegative()) {
            throw new ConfigurationException("restauth.session.lifetime must be a duration such as 24h, or 0 for never");
        }
        if (lifetime.get().isZero()) {
            // kept for one release: offline_access is now the way to a session that never expires
            LOG.log(System.Logger.Level.WARNING, "restauth.session.lifetime: 0 is deprecated and will be removed in the"
                    + " next release: every session never expires; sessions that never expire are for people who"
                    + " grant offline_access (docs/identity.md)");
        }
        SessionPolicy defaults = SessionPolicy.DEFAULT;
        return new SessionPolicy(lifetime.get(), defaults.expiredGrace(), defaults.maxLive(),
                defaults.maxLivePerApplication());
    }
}
