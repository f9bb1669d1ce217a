package org.restauth.server.nodes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.User;
import org.restauth.format.users.UserFile;

/**
 * The configuration every node of these tests gets, as an operator would give it to every node: one desktop
 * application, one person (a users file), one CSRF key for the login form, the given Redis.
 */
final class TestNodes {
    /** docs/protocol.md §3's test vector application. */
    static final String API_KEY = "0123456789abcdef0123456789abcdef";
    static final String SECRET = "secretsecretsecretsecretsecret12";
    static final String EMAIL = "person@example.com";
    static final String PASSWORD = "correct horse battery staple";
    static final long UID = 8055;
    private static final Path USERS_FILE = usersFile();

    private TestNodes() {
    }

    static Map<String, String> onRedis(String redisUri) {
        Map<String, String> props = new HashMap<>();
        props.put("restauth.store", "redis");
        props.put("restauth.redis.uri", redisUri);
        // generous: two cores shared with other builds must not turn a slow fsync into error 2;
        // RedisOutageTest sets the default 500ms, which is what it measures against
        props.put("restauth.redis.timeout", "3s");
        props.put("restauth.apps.demo.api-key", API_KEY);
        props.put("restauth.apps.demo.secret", SECRET);
        props.put("restauth.apps.demo.type", "desktop");
        props.put("restauth.users-file", USERS_FILE.toString());
        props.put("restauth.login.csrf-key", "nodes-share-this-csrf-key-0123456789abcdef");
        return props;
    }

    static ServerNode node(String redisUri) {
        return ServerNode.started(onRedis(redisUri));
    }

    /** The fewest PBKDF2 iterations a users file may hold: the tests log in hundreds of times on two cores. */
    private static Path usersFile() {
        try {
            Path file = Files.createTempFile("restauth-users-", ".json");
            file.toFile().deleteOnExit();
            PasswordHash hash = PasswordHash.create(PASSWORD.toCharArray(), new SecureRandom(),
                    PasswordHash.MIN_STORED_ITERATIONS);
            UserFile.write(file, List.of(new User(EMAIL, UID, hash)));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
