package org.restauth.server.config;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.ConfigurationReader;
import io.micronaut.context.annotation.Property;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.MethodInjectionPoint;
import io.micronaut.inject.qualifiers.Qualifiers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Every {@code restauth.*} key the server reads: those of its {@code @ConfigurationProperties} classes, found
 * from their bean definitions (so a new property is known without a list to keep in step), plus the keys read
 * one by one with {@code @Value}, listed in {@link #READ_BY_VALUE}. A key with {@code *} stands for any name
 * ({@code restauth.apps.*.secret}).
 */
public final class KnownSettings {
    /** Keys read with {@code @Value} or {@code @Requires}: add a key here when a bean starts reading one. */
    static final List<String> READ_BY_VALUE = List.of("restauth.store", "restauth.demo", "restauth.users-file",
            "restauth.sqlite.path", "restauth.bench.baseline", "restauth.trusted-proxies", "restauth.log.format",
            "restauth.tracing.enabled");
    private static final String PACKAGE = "org.restauth.";

    private final Set<String> keys;

    KnownSettings(Set<String> keys) {
        this.keys = new TreeSet<>(keys);
    }

    /** The keys of the beans in {@code context}, plus {@link #READ_BY_VALUE}. */
    public static KnownSettings of(BeanContext context) {
        Set<String> keys = new TreeSet<>(READ_BY_VALUE);
        for (BeanDefinition<?> definition : context.getBeanDefinitions(Qualifiers.byStereotype(ConfigurationReader.class))) {
            if (definition.getBeanType().getName().startsWith(PACKAGE)) {
                for (MethodInjectionPoint<?, ?> setter : definition.getInjectedMethods()) {
                    setter.getAnnotationMetadata().stringValue(Property.class, "name").ifPresent(keys::add);
                }
            }
        }
        return new KnownSettings(keys);
    }

    public Set<String> keys() {
        return Set.copyOf(keys);
    }

    /** True if {@code key} (dotted, kebab-case as Micronaut normalizes it) is one the server reads. */
    public boolean knows(String key) {
        return keys.stream().anyMatch(known -> dotted(known).matcher(key).matches());
    }

    /** True if {@code name} is the environment-variable spelling of a known key ({@code RESTAUTH_USERS_FILE}). */
    public boolean knowsVariable(String name) {
        return keys.stream().anyMatch(known -> variable(known).matcher(name).matches());
    }

    /** The known key closest to {@code key} by edit distance, {@code *} filled in from {@code key}. */
    public String nearest(String key) {
        return candidates(key, false).stream().min(Comparator.comparingInt(c -> Distance.between(key, c))).orElseThrow();
    }

    /** As {@link #nearest}, spelled as an environment variable. */
    public String nearestVariable(String name) {
        return candidates(name.toLowerCase(Locale.ROOT).replace('_', '.'), true).stream()
                .map(KnownSettings::asVariable)
                .min(Comparator.comparingInt(c -> Distance.between(name, c))).orElseThrow();
    }

    private List<String> candidates(String key, boolean loose) {
        String[] given = key.split("\\.", -1);
        List<String> filled = new ArrayList<>();
        for (String known : keys) {
            String[] parts = known.split("\\.");
            for (int i = 0; i < parts.length; i++) {
                if ("*".equals(parts[i])) {
                    parts[i] = i < given.length && !loose ? given[i] : "NAME";
                }
            }
            filled.add(String.join(".", parts));
        }
        return filled;
    }

    private static Pattern dotted(String known) {
        return Pattern.compile(String.join("[^.]+", quoted(known.split("\\*", -1))));
    }

    private static Pattern variable(String known) {
        return Pattern.compile(String.join("[A-Z0-9_]+", quoted(asVariable(known).split("\\*", -1))));
    }

    private static String[] quoted(String[] parts) {
        String[] quoted = new String[parts.length];
        for (int i = 0; i < parts.length; i++) {
            quoted[i] = Pattern.quote(parts[i]);
        }
        return quoted;
    }

    private static String asVariable(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
