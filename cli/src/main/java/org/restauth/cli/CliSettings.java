package org.restauth.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.SortedSet;

/**
 * The server's {@code restauth.*} settings, read as the server reads them so the CLI finds the same store:
 * a {@code -D} system property first, then a {@code RESTAUTH_*} environment variable, then the configuration
 * file, then the server's default.
 */
final class CliSettings {
    static final String DEFAULT_STORE = "sqlite";
    static final String DEFAULT_SQLITE_PATH = "data/restauth.db";
    private static final String APPS = "restauth.apps.";

    private final Map<String, String> file;
    private final Map<String, String> environment;
    private final Properties system;

    CliSettings(Map<String, String> file, Map<String, String> environment, Properties system) {
        this.file = Map.copyOf(file);
        this.environment = Map.copyOf(environment);
        this.system = system;
    }

    /**
     * @param config {@code --config}, or null: then the files of {@code micronaut.config.files} /
     *               {@code MICRONAUT_CONFIG_FILES} as the server takes them, else ./application.yml if present
     */
    static CliSettings load(Path config) {
        Map<String, String> env = System.getenv();
        Map<String, String> values = new TreeMap<>();
        for (Path path : ConfigFiles.chosen(config, env, System.getProperties())) {
            values.putAll(read(path));
        }
        return new CliSettings(values, env, System.getProperties());
    }

    Optional<String> get(String key) {
        String value = system.getProperty(key);
        if (value == null) {
            value = environment.get(variable(key));
        }
        if (value == null) {
            value = file.get(key);
        }
        return Optional.ofNullable(value).map(String::trim);
    }

    String store() {
        return get("restauth.store").orElse(DEFAULT_STORE).toLowerCase(Locale.ROOT);
    }

    Path sqlitePath() {
        return Path.of(get("restauth.sqlite.path").filter(p -> !p.isBlank()).orElse(DEFAULT_SQLITE_PATH));
    }

    /** The names of the configured applications ({@code restauth.apps.<name>.api-key}), from every source. */
    SortedSet<String> appNames() {
        SortedSet<String> names = new TreeSet<>();
        for (String key : file.keySet()) {
            appName(key).ifPresent(names::add);
        }
        for (String key : system.stringPropertyNames()) {
            appName(key).ifPresent(names::add);
        }
        for (String name : environment.keySet()) {
            if (name.startsWith("RESTAUTH_APPS_") && name.endsWith("_API_KEY") && name.length() > 22) {
                names.add(name.substring(14, name.length() - 8).toLowerCase(Locale.ROOT).replace('_', '-'));
            }
        }
        return names;
    }

    private static Optional<String> appName(String key) {
        if (key.startsWith(APPS) && key.endsWith(".api-key")) {
            String name = key.substring(APPS.length(), key.length() - ".api-key".length());
            return name.isEmpty() || name.contains(".") ? Optional.empty() : Optional.of(name);
        }
        return Optional.empty();
    }

    static String variable(String key) {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    private static Map<String, String> read(Path path) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(path));
            Map<String, String> flat = new TreeMap<>();
            flatten("", root, flat);
            return flat;
        } catch (IOException e) {
            throw new CliFailure("cannot read the configuration file " + path + ": "
                    + e.getClass().getSimpleName());
        }
    }

    private static void flatten(String prefix, JsonNode node, Map<String, String> into) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                flatten(prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey(), field.getValue(), into);
            }
        } else if (node.isValueNode()) {
            into.put(prefix, node.asText());
        }
    }
}
