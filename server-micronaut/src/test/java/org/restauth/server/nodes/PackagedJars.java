package org.restauth.server.nodes;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shaded jars that package built, as an operator runs them ({@code java -jar}). Their paths come from the pom's
 * failsafe configuration, so only the *IT tests of {@code mvn verify} have them.
 */
final class PackagedJars {
    private PackagedJars() {
    }

    /** server-micronaut/target/restauth-server.jar. */
    static Path server() {
        return jar("it.server-jar");
    }

    /** cli/target/restauth-cli.jar: the {@code restauth} command. */
    static Path cli() {
        return jar("it.cli-jar");
    }

    private static Path jar(String property) {
        String value = System.getProperty(property);
        assertNotNull(value, property + " is not set: the *IT tests run under failsafe (mvn verify), after package");
        Path jar = Path.of(value);
        assertTrue(Files.isRegularFile(jar), "no " + jar + ": package builds it");
        return jar;
    }
}
