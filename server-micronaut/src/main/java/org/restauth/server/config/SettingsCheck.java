package org.restauth.server.config;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import io.micronaut.context.env.PropertySource;
import io.micronaut.context.exceptions.ConfigurationException;
import io.micronaut.core.annotation.Order;
import io.micronaut.core.order.Ordered;

/**
 * Refuses to start on a {@code restauth.*} key the server does not read, from any source (application.yml,
 * {@code -D}, {@code RESTAUTH_*} variables): a misspelled key would otherwise be ignored in silence, and a
 * misspelled {@code restauth.users-file} once made the server fall back to a demo person. Eager and first,
 * before any store is opened.
 */
@Context
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class SettingsCheck {
    private static final String PREFIX = "restauth.";
    private static final String VARIABLE_PREFIX = "RESTAUTH_";

    SettingsCheck(Environment environment, BeanContext context) {
        KnownSettings known = KnownSettings.of(context);
        for (PropertySource source : environment.getPropertySources()) {
            boolean variables = source.getConvention() == PropertySource.PropertyConvention.ENVIRONMENT_VARIABLE;
            for (String key : source) {
                check(known, key, variables);
            }
        }
    }

    static void check(KnownSettings known, String key, boolean variable) {
        if (variable) {
            if (key.startsWith(VARIABLE_PREFIX) && !known.knowsVariable(key)) {
                throw unknown(key, known.nearestVariable(key));
            }
        } else if (key.startsWith(PREFIX)) {
            String normalized = kebab(key);
            if (!known.knows(normalized)) {
                throw unknown(key, known.nearest(normalized));
            }
        }
    }

    private static ConfigurationException unknown(String key, String nearest) {
        return new ConfigurationException("unknown setting " + key + ": did you mean " + nearest + "?");
    }

    /** Micronaut reads {@code usersFile} as {@code users-file}: so does this check. */
    static String kebab(String key) {
        StringBuilder out = new StringBuilder(key.length() + 4);
        for (char c : key.toCharArray()) {
            if (Character.isUpperCase(c)) {
                out.append('-').append(Character.toLowerCase(c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
