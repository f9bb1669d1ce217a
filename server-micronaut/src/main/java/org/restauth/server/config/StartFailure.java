package org.restauth.server.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.exceptions.ConfigurationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A failed start in the one line an operator reads: a configuration mistake names its key and what is wrong
 * ({@code restauth.token.max-live must be at least 1}). Two kinds: a {@link ConfigurationException} (the innermost
 * of the causes, whose message names its key), and a failed jakarta validation of a
 * {@code @ConfigurationProperties} class, whose message Micronaut writes per Java property: that is turned into
 * the key here, from the class's prefix. A value that cannot be converted at all ({@code timeout: soon}) is
 * told by its key and the type it needs; the value itself is never repeated (it may be a secret).
 */
public final class StartFailure {
    /** Micronaut's wording (micronaut-validation's DefaultValidator), the one way it reports a bad bean. */
    private static final Pattern VALIDATED = Pattern.compile("Validation failed for bean definition \\[([\\w.$]+)]");
    private static final Pattern VIOLATION = Pattern.compile("^\\t(\\S+) - (.+)$", Pattern.MULTILINE);
    /** Micronaut's wording (micronaut-inject) for a value its converters cannot read as the property's type. */
    private static final Pattern UNCONVERTIBLE = Pattern.compile("Error resolving property value \\[([\\w.\\-]+)]\\."
            + " Unable to convert value \\[.*?] to target type \\[(\\w+)]", Pattern.DOTALL);

    private StartFailure() {
    }

    /** The line naming the bad setting, if {@code failure} comes from the configuration. */
    public static Optional<String> configurationProblem(Throwable failure) {
        ConfigurationException configuration = null;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage();
            Optional<String> violations = violations(message).or(() -> unconvertible(message));
            if (violations.isPresent()) {
                return violations;
            }
            if (t instanceof ConfigurationException c) {
                configuration = c;
            }
        }
        return Optional.ofNullable(configuration).map(c -> firstLine(c.getMessage()));
    }

    private static Optional<String> violations(String message) {
        Matcher bean = message == null ? null : VALIDATED.matcher(message);
        if (bean == null || !bean.find()) {
            return Optional.empty();
        }
        String prefix = prefixOf(bean.group(1));
        List<String> lines = new ArrayList<>();
        Matcher violation = VIOLATION.matcher(message.substring(bean.end()));
        while (violation.find()) {
            lines.add(prefix + SettingsCheck.kebab(property(violation.group(1))) + " " + violation.group(2).trim());
        }
        return lines.isEmpty() ? Optional.empty() : Optional.of(String.join("; ", lines.stream().sorted().toList()));
    }

    private static Optional<String> unconvertible(String message) {
        Matcher value = message == null ? null : UNCONVERTIBLE.matcher(message);
        if (value == null || !value.find()) {
            return Optional.empty();
        }
        String needed = switch (value.group(2)) {
            case "Duration" -> "a duration such as 500ms, 15m or 24h";
            case "int", "Integer", "long", "Long" -> "a whole number";
            case "double", "Double" -> "a number";
            case "boolean", "Boolean" -> "true or false";
            default -> "a " + value.group(2);
        };
        return Optional.of(value.group(1) + " must be " + needed);
    }

    /** The path names the bean first ({@code org.….TokenProperties.maxLive}); the settings classes are flat. */
    private static String property(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    /** {@code restauth.token.} for TokenProperties; the class's simple name if it names no prefix. */
    private static String prefixOf(String className) {
        try {
            ConfigurationProperties properties = Class.forName(className, false, StartFailure.class.getClassLoader())
                    .getAnnotation(ConfigurationProperties.class);
            if (properties != null) {
                return properties.value() + ".";
            }
        } catch (ClassNotFoundException | LinkageError e) {
            // named by the class below
        }
        return className.substring(className.lastIndexOf('.') + 1) + ": ";
    }

    /** The first line of a message, trimmed. */
    public static String firstLine(String message) {
        if (message == null) {
            return "(no message)";
        }
        int end = message.indexOf('\n');
        return (end < 0 ? message : message.substring(0, end)).trim();
    }
}
