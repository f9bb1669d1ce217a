package org.restauth.server.config;

import io.micronaut.context.exceptions.ConfigurationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.restauth.core.app.AppType;
import org.restauth.core.app.Application;
import org.restauth.core.crypto.Secret;

/**
 * Turns {@code restauth.apps.*} into applications, refusing to start on a bad entry with a message that
 * names the key to fix (never its value: it may be a secret).
 */
final class ConfiguredApplications {
    private static final String PREFIX = "restauth.apps.";

    private ConfiguredApplications() {
    }

    static List<Application> from(List<AppProperties> configured) {
        List<Application> apps = new ArrayList<>();
        Map<String, String> nameByKey = new HashMap<>();
        for (AppProperties props : configured) {
            Application app = toApplication(props);
            String other = nameByKey.putIfAbsent(app.apiKey(), props.getName());
            if (other != null) {
                throw new ConfigurationException(PREFIX + props.getName() + ".api-key: the same api key as "
                        + PREFIX + other + ".api-key; every application needs its own");
            }
            apps.add(app);
        }
        return apps;
    }

    private static Application toApplication(AppProperties props) {
        String key = PREFIX + props.getName() + ".";
        String apiKey = required(props.getApiKey(), key + "api-key");
        Secret secret = Secret.of(required(props.getSecret(), key + "secret"));
        AppType type = type(props.getType(), key + "type");
        Optional<URI> callback = callbackUrl(props.getCallbackUrl(), key + "callback-url");
        if (type == AppType.WEB && callback.isEmpty()) {
            throw new ConfigurationException(key + "callback-url is required for a web application"
                    + " (the login page sends the person back there)");
        }
        return new Application(apiKey, secret, type, callback, props.getDisplayName());
    }

    private static String required(String value, String key) {
        if (value == null || value.isBlank()) {
            throw new ConfigurationException(key + " is missing");
        }
        return value;
    }

    private static AppType type(String value, String key) {
        String type = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "desktop" -> AppType.DESKTOP;
            case "web" -> AppType.WEB;
            default -> throw new ConfigurationException(key + " must be desktop or web");
        };
    }

    private static Optional<URI> callbackUrl(String value, String key) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            URI url = new URI(value.trim());
            String scheme = url.getScheme();
            if (url.isAbsolute() && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme))) {
                return Optional.of(url);
            }
        } catch (URISyntaxException e) {
            // answered below with the key's name
        }
        throw new ConfigurationException(key + " must be an absolute http(s) URL");
    }
}
