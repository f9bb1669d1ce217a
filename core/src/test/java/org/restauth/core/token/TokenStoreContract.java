package org.restauth.core.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.restauth.core.crypto.RandomValues;
import org.restauth.core.token.TokenStore.ApproveResult;
import org.restauth.core.token.TokenStore.CreateResult;

/**
 * The behaviour every {@link TokenStore} must show. Extend it and implement {@link #newStore(TokenPolicy)}.
 *
 * <p>Every expiry is decided by the {@code now} argument, never by the wall clock or a store's own TTL:
 * the instants used sit near the real current time (so a store whose keys carry a TTL on its own clock
 * keeps them for the whole test) and move forward only through {@code now}.
 */
public abstract class TokenStoreContract {
    private static final RandomValues RANDOM = RandomValues.secure();
    private static final TokenPolicy ROOMY = new TokenPolicy(Duration.ofMinutes(60), 1000, 1000);
    private static final int RACERS = 8;

    /** Base instant of the test: the real time, captured once, in whole milliseconds. */
    protected Instant now;
    protected String appA;
    protected String appB;
    private ExecutorService racers;

    /** A new, empty store enforcing the policy's caps. */
    protected abstract TokenStore newStore(TokenPolicy policy);

    /**
     * How long after its expiry a token may still count against the caps and in {@link TokenStore#liveCount}:
     * zero for a store that counts exactly; never negative (a live token always counts).
     */
    protected Duration countedAfterExpiry() {
        return Duration.ZERO;
    }

    @BeforeEach
    void captureBase() {
        now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        appA = "app-a-" + RANDOM.hex(8);
        appB = "app-b-" + RANDOM.hex(8);
    }

    @AfterEach
    void stopRacers() {
        if (racers != null) {
            racers.shutdownNow();
        }
    }

    protected static String newToken() {
        return RANDOM.hex(16);
    }

    private Instant inAnHour() {
        return now.plus(Duration.ofHours(1));
    }

    private String created(TokenStore store, String apiKey) {
        String token = newToken();
        assertEquals(CreateResult.CREATED, store.create(token, apiKey, inAnHour(), now));
        return token;
    }

    @Test
    void create_newToken_peekShowsItIssuedToItsApplication() {
        TokenStore store = newStore(ROOMY);
        String token = created(store, appA);

        assertEquals(Optional.of(new StoredToken(appA, TokenState.ISSUED, 0, inAnHour().toEpochMilli(), 0)),
                store.peek(token, now.plusSeconds(1)));
    }

    @Test
    void peek_unknownToken_isEmpty() {
        TokenStore store = newStore(ROOMY);
        created(store, appA);

        assertEquals(Optional.empty(), store.peek(newToken(), now));
        assertEquals(Optional.empty(), store.peek("abcde", now));
    }

    @Test
    void peek_liveToken_leavesItInPlace() {
        TokenStore store = newStore(ROOMY);
        String token = created(store, appA);
        store.peek(token, now);

        assertTrue(store.consume(token, now).isPresent());
    }

    @Test
    void consume_liveToken_returnsItOnceThenEmpty() {
        TokenStore store = newStore(ROOMY);
        String token = created(store, appA);

        assertEquals(Optional.of(new StoredToken(appA, TokenState.ISSUED, 0, inAnHour().toEpochMilli(), 0)),
                store.consume(token, now.plusSeconds(5)));
        assertEquals(Optional.empty(), store.consume(token, now.plusSeconds(5)));
        assertEquals(Optional.empty(), store.peek(token, now.plusSeconds(5)));
    }

    @Test
    void consume_atExpiryInstant_isEmpty() {
        TokenStore store = newStore(ROOMY);
        String token = created(store, appA);

        assertEquals(Optional.empty(), store.consume(token, inAnHour()));
    }

    @Test
    void consume_oneMillisecondBeforeExpiry_returnsToken() {
        TokenStore store = newStore(ROOMY);
        String token = created(store, appA);

        assertTrue(store.consume(token, inAnHour().minusMillis(1)).isPresent());
    }

    @Test
    void consume_expiredToken_isGoneAfterwardsToo() {
        TokenStore store = newStore(ROOMY);
        String token = created(store, appA);

        assertEquals(Optional.empty(), store.consume(token, inAnHour().plusSeconds(1)));
        assertEquals(Optional.empty(), store.consume(token, now));
    }

    @Test
    void peek_atExpiryInstant_isEmpty() {
        TokenStore store = newStore(ROOMY);
        String token = created(store, appA);

        assertTrue(store.peek(token, inAnHour().minusMillis(1)).isPresent());
        assertEquals(Optional.empty(), store.peek(token, inAnHour()));
    }

    @Test
    void approve_liveIssuedToken_isApprovedForThatUid() {
        TokenStore store = newStore(ROOMY);
        String token = created(store, appA);

        assertEquals(ApproveResult.APPROVED, store.approve(token, appA, 8055, now.plusSeconds(10)));
        assertEquals(Optional.of(new StoredToken(appA, TokenState.APPROVED, 8055, inAnHour().toEpochMilli(),
                        now.plusSeconds(10).toEpochMilli())),
                store.peek(token, now.plusSeconds(11)));
    }

    @Test
    void consume_approvedToken_returnsWhenItWasApproved() {
        TokenStore store = newStore(ROOMY);
        String first = created(store, appA);
        String second = created(store, appA);
        store.approve(first, appA, 8055, now.plusMillis(1234));
        store.approve(second, appA, 8056, now.plusSeconds(99));

        assertEquals(now.plusMillis(1234), store.consume(first, now.plusSeconds(100)).orElseThrow().approvedAt());
        assertEquals(now.plusSeconds(99), store.consume(second, now.plusSeconds(100)).orElseThrow().approvedAt());
    }

    @Test
    void approve_unknownToken_isUnknown() {
        TokenStore store = newStore(ROOMY);

        assertEquals(ApproveResult.UNKNOWN, store.approve(newToken(), appA, 8055, now));
    }

    @Test
    void approve_approvedToken_isAlreadyApprovedAndKeepsFirstUid() {
        TokenStore store = newStore(ROOMY);
        String token = created(store, appA);
        store.approve(token, appA, 8055, now);

        assertEquals(ApproveResult.ALREADY_APPROVED, store.approve(token, appA, 9999, now));
        assertEquals(8055, store.consume(token, now).orElseThrow().uid());
    }

    @Test
    void approve_otherApplicationsToken_isRefusedAndTokenStaysIssued() {
        TokenStore store = newStore(ROOMY);
        String token = created(store, appA);

        assertEquals(ApproveResult.OTHER_APPLICATION, store.approve(token, appB, 8055, now));
        assertEquals(TokenState.ISSUED, store.peek(token, now).orElseThrow().state());
    }

    @Test
    void approve_atExpiryInstant_isUnknown() {
        TokenStore store = newStore(ROOMY);
        String token = created(store, appA);

        assertEquals(ApproveResult.UNKNOWN, store.approve(token, appA, 8055, inAnHour()));
    }

    @Test
    void approve_consumedToken_isUnknown() {
        TokenStore store = newStore(ROOMY);
        String token = created(store, appA);
        store.consume(token, now);

        assertEquals(ApproveResult.UNKNOWN, store.approve(token, appA, 8055, now));
    }

    @Test
    void consume_approvedToken_returnsApprovedUid() {
        TokenStore store = newStore(ROOMY);
        String token = created(store, appA);
        store.approve(token, appA, 2147483647L, now);

        StoredToken consumed = store.consume(token, now.plusSeconds(1)).orElseThrow();
        assertEquals(TokenState.APPROVED, consumed.state());
        assertTrue(consumed.isApproved());
        assertEquals(2147483647L, consumed.uid());
        assertEquals(appA, consumed.apiKey());
    }

    @Test
    void create_overallCapReached_refusesAndKeepsEveryLiveToken() {
        TokenStore store = newStore(new TokenPolicy(Duration.ofMinutes(60), 3, 10));
        List<String> live = List.of(created(store, appA), created(store, appA), created(store, appB));

        assertEquals(CreateResult.LIMIT_REACHED, store.create(newToken(), appB, inAnHour(), now));
        assertEquals(CreateResult.LIMIT_REACHED, store.create(newToken(), appA, inAnHour(), now));
        for (String token : live) {
            assertTrue(store.peek(token, now).isPresent());
        }
        assertEquals(3, store.liveCount(now));
    }

    @Test
    void create_perApplicationCapReached_refusesThatApplicationOnly() {
        TokenStore store = newStore(new TokenPolicy(Duration.ofMinutes(60), 10, 2));
        List<String> live = List.of(created(store, appA), created(store, appA));

        assertEquals(CreateResult.LIMIT_REACHED, store.create(newToken(), appA, inAnHour(), now));
        assertEquals(CreateResult.CREATED, store.create(newToken(), appB, inAnHour(), now));
        for (String token : live) {
            assertTrue(store.peek(token, now).isPresent());
        }
    }

    @Test
    void create_afterConsumeFreedRoom_succeeds() {
        TokenStore store = newStore(new TokenPolicy(Duration.ofMinutes(60), 1, 1));
        String token = created(store, appA);
        assertEquals(CreateResult.LIMIT_REACHED, store.create(newToken(), appA, inAnHour(), now));

        store.consume(token, now);

        assertEquals(CreateResult.CREATED, store.create(newToken(), appA, inAnHour(), now));
    }

    @Test
    void create_afterCapFillingTokensExpired_succeeds() {
        TokenStore store = newStore(new TokenPolicy(Duration.ofMinutes(60), 2, 2));
        Instant shortExpiry = now.plusSeconds(2);
        assertEquals(CreateResult.CREATED, store.create(newToken(), appA, shortExpiry, now));
        assertEquals(CreateResult.CREATED, store.create(newToken(), appA, shortExpiry, now));
        assertEquals(CreateResult.LIMIT_REACHED, store.create(newToken(), appA, inAnHour(), now.plusSeconds(1)));

        Instant uncounted = shortExpiry.plus(countedAfterExpiry());
        String fresh = newToken();
        assertEquals(CreateResult.CREATED, store.create(fresh, appA, inAnHour(), uncounted));
        assertTrue(store.peek(fresh, uncounted).isPresent());
        assertEquals(1, store.liveCount(uncounted));
    }

    @Test
    void liveCount_afterCreatesAndConsume_countsLiveTokens() {
        TokenStore store = newStore(ROOMY);
        assertEquals(0, store.liveCount(now));
        String first = created(store, appA);
        created(store, appA);
        created(store, appB);
        assertEquals(3, store.liveCount(now));

        store.consume(first, now);

        assertEquals(2, store.liveCount(now));
    }

    @Test
    void consume_raceOfEightCallersPerToken_exactlyOneWinsEveryTime() throws Exception {
        TokenStore store = newStore(ROOMY);
        racers = Executors.newFixedThreadPool(RACERS);
        for (int trial = 0; trial < 200; trial++) {
            String token = created(store, appA);
            store.approve(token, appA, trial + 1, now);
            assertEquals(1, winnersOfRace(store, token), "trial " + trial);
        }
    }

    private int winnersOfRace(TokenStore store, String token) throws Exception {
        CountDownLatch ready = new CountDownLatch(RACERS);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Optional<StoredToken>>> results = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            results.add(racers.submit(() -> {
                ready.countDown();
                go.await();
                return store.consume(token, now);
            }));
        }
        ready.await();
        go.countDown();
        int winners = 0;
        for (Future<Optional<StoredToken>> result : results) {
            winners += result.get().isPresent() ? 1 : 0;
        }
        return winners;
    }
}
