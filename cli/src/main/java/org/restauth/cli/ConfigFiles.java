package org.restauth.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** Which configuration files the CLI reads: the one given, else those the server is told of, else ./application.yml. */
final class ConfigFiles {
    private ConfigFiles() {
    }

    static List<Path> chosen(Path given, Map<String, String> env, Properties system) {
        if (given != null) {
            if (!Files.isRegularFile(given)) {
                throw new CliFailure("no configuration file " + given);
            }
            return List.of(given);
        }
        String listed = system.getProperty("micronaut.config.files", env.get("MICRONAUT_CONFIG_FILES"));
        if (listed != null && !listed.isBlank()) {
            return Arrays.stream(listed.split(",")).map(String::trim).filter(s -> !s.isEmpty()).map(Path::of)
                    .filter(Files::isRegularFile).toList();
        }
        Path local = Path.of("application.yml");
        return Files.isRegularFile(local) ? List.of(local) : List.of();
    }
}
