package org.restauth.server.metrics;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * The log format switch, read once before the first log line: {@code -Drestauth.log.format} or
 * {@code RESTAUTH_LOG_FORMAT}, {@code json} or {@code text} in any case. logback.xml picks its appender by
 * this name, and an unknown name there would silence the log, so anything but json becomes text.
 */
public final class LogFormat {
    public static final String PROPERTY = "restauth.log.format";
    public static final String ENVIRONMENT = "RESTAUTH_LOG_FORMAT";

    private LogFormat() {
    }

    /** Sets {@link #PROPERTY} to {@code json} or {@code text}; call it before anything logs. */
    public static void select() {
        System.setProperty(PROPERTY, chosen(System::getProperty, System::getenv));
    }

    static String chosen(UnaryOperator<String> properties, UnaryOperator<String> environment) {
        String value = properties.apply(PROPERTY);
        if (value == null || value.isBlank()) {
            value = environment.apply(ENVIRONMENT);
        }
        return value != null && value.trim().toLowerCase(Locale.ROOT).equals("json") ? "json" : "text";
    }
}
