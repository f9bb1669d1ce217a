package org.restauth.server.tls;

import io.micronaut.context.condition.Condition;
import io.micronaut.context.condition.ConditionContext;
import io.micronaut.core.value.PropertyResolver;

/** HTTPS is on when a certificate or a PKCS#12 file is configured; nothing else switches it on. */
public final class TlsConfigured implements Condition {
    static final String CERTIFICATE = "restauth.tls.certificate";
    static final String PKCS12 = "restauth.tls.pkcs12";

    @Override
    public boolean matches(ConditionContext context) {
        if (!(context.getBeanContext() instanceof PropertyResolver properties)) {
            return false;
        }
        return present(properties, CERTIFICATE) || present(properties, PKCS12)
                || present(properties, "restauth.tls.private-key");
    }

    private static boolean present(PropertyResolver properties, String key) {
        return properties.getProperty(key, String.class).filter(value -> !value.isBlank()).isPresent();
    }
}
