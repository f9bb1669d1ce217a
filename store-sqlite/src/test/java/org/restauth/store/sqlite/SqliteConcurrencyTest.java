package org.restauth.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.restauth.core.crypto.Secret;
import org.restauth.core.session.SessionPolicy;
import org.restauth.core.session.StoredSession;
import org.restauth.core.user.PersonStore;

/**
 * Sixteen threads writing at once, half through a second {@link SqliteStores} on the same file (its own
 * connections, as the CLI's would be): every write lands, and no SQLITE_BUSY reaches a caller.
 */
class SqliteConcurrencyTest {
    private static final int THREADS = 16;
    private static final int EACH = 25;
    private final TempDatabase files = new TempDatabase();
    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @AfterEach
    void deleteFiles() throws Exception {
        files.close();
    }

    @Test
    void writes_sixteenThreadsOnTwoOpenings_noneLostNoneRefused() throws Exception {
        Path file = files.file("restauth.db");
        SqliteStores[] openings = {files.open(file), files.open(file)};
        List<Callable<Integer>> work = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            SqliteStores stores = openings[t % 2];
            int thread = t;
            work.add(() -> writeMany(stores, thread));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        int done = 0;
        try {
            for (Future<Integer> result : pool.invokeAll(work)) {
                done += result.get(); // an SqliteUnavailableException (SQLITE_BUSY) would be thrown here
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(THREADS * EACH, done);
        SqliteStores reader = files.open(file);
        assertEquals(THREADS * EACH, reader.personStore().list().size());
        assertEquals(THREADS * EACH, reader.sessionStore(SessionPolicy.DEFAULT).liveCount(now));
        assertEquals("ok", SqliteFiles.integrityCheck(file));
    }

    private int writeMany(SqliteStores stores, int thread) {
        PersonStore people = stores.personStore();
        var sessions = stores.sessionStore(SessionPolicy.DEFAULT);
        int done = 0;
        for (int i = 0; i < EACH; i++) {
            String name = "t" + thread + "-" + i;
            if (people.add(SqliteStoresTest.person(name + "@example.com")) != PersonStore.AddResult.ADDED) {
                continue;
            }
            long uid = people.byEmail(name + "@example.com").orElseThrow().uid();
            String key = "session-" + name;
            sessions.create(key, new StoredSession("app", uid, 0, Optional.empty()), now);
            if (sessions.secretOrSet(key, Secret.of("secret-" + name), now).isPresent()) {
                done++;
            }
        }
        return done;
    }
}
