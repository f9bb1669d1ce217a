package org.restauth.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.restauth.server.config.StartFailure;
import org.slf4j.LoggerFactory;

/**
 * {@code restauth.api.call-threads} and {@code call-queue} size the pool of a blocking store (SQLite here);
 * their old names under {@code restauth.redis} still do, with a warning, for one release.
 */
class CallPoolTest {
    @TempDir
    Path dir;
    private final ListAppender<ILoggingEvent> warnings = new ListAppender<>();

    @BeforeEach
    void listen() {
        warnings.start();
        ((Logger) LoggerFactory.getLogger(CallPool.class)).addAppender(warnings);
    }

    @AfterEach
    void stopListening() {
        ((Logger) LoggerFactory.getLogger(CallPool.class)).detachAppender(warnings);
    }

    @Test
    void start_newKeys_sizeThePoolWithoutWarning() throws IOException {
        try (ApplicationContext context = start(Map.of("restauth.api.call-threads", "3",
                "restauth.api.call-queue", "7"))) {
            ApiCalls calls = context.getBean(ApiCalls.class);

            assertEquals(3, calls.threads());
            assertEquals(7, calls.queueRoom());
        }
        assertEquals(List.of(), messages());
    }

    @Test
    void start_oldKeys_stillSizeThePoolAndWarnNamingTheNewKey() throws IOException {
        try (ApplicationContext context = start(Map.of("restauth.redis.call-threads", "5",
                "restauth.redis.call-queue", "9"))) {
            ApiCalls calls = context.getBean(ApiCalls.class);

            assertEquals(5, calls.threads());
            assertEquals(9, calls.queueRoom());
        }
        assertEquals(List.of(
                "restauth.redis.call-threads is deprecated and will be removed in the next release: use"
                        + " restauth.api.call-threads (the pool serves every blocking store)",
                "restauth.redis.call-queue is deprecated and will be removed in the next release: use"
                        + " restauth.api.call-queue (the pool serves every blocking store)"), messages());
    }

    @Test
    void start_noKeys_defaults() throws IOException {
        try (ApplicationContext context = start(Map.of())) {
            assertEquals(CallPool.DEFAULT_THREADS, context.getBean(ApiCalls.class).threads());
            assertEquals(CallPool.DEFAULT_QUEUE, context.getBean(ApiCalls.class).queueRoom());
        }
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "restauth.api.call-threads   | 0     | restauth.api.call-threads must be between 1 and 1024",
            "restauth.api.call-threads   | 1025  | restauth.api.call-threads must be between 1 and 1024",
            "restauth.api.call-queue     | 0     | restauth.api.call-queue must be at least 1",
            "restauth.redis.call-threads | 0     | restauth.redis.call-threads must be between 1 and 1024",
            "restauth.redis.call-queue   | -1    | restauth.redis.call-queue must be at least 1"})
    void start_badSize_failsInOneLineNamingTheKey(String key, String value, String line) {
        RuntimeException failure = assertThrows(RuntimeException.class, () -> start(Map.of(key, value)).close());

        assertEquals(line, StartFailure.configurationProblem(failure).orElseThrow());
    }

    @Test
    void start_bothNamesOfOneKey_failsNamingBoth() {
        RuntimeException failure = assertThrows(RuntimeException.class, () -> start(Map.of(
                "restauth.api.call-queue", "100", "restauth.redis.call-queue", "200")).close());

        assertEquals("restauth.api.call-queue and restauth.redis.call-queue are both set: keep"
                + " restauth.api.call-queue only (restauth.redis.call-queue is its old name)",
                StartFailure.configurationProblem(failure).orElseThrow());
        assertTrue(messages().isEmpty(), "nothing was picked");
    }

    private ApplicationContext start(Map<String, String> settings) throws IOException {
        Map<String, Object> props = new HashMap<>(settings);
        props.put("micronaut.server.port", -1);
        props.put("restauth.store", "sqlite");
        props.put("restauth.sqlite.path", Files.createTempDirectory(dir, "db").resolve("restauth.db").toString());
        return ApplicationContext.run(props);
    }

    private List<String> messages() {
        return warnings.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
