package org.restauth.core.token;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.restauth.core.token.TokenStore.CreateResult;

class InMemoryTokenStoreTest extends TokenStoreContract {

    @Override
    protected TokenStore newStore(TokenPolicy policy) {
        return new InMemoryTokenStore(policy);
    }

    @Test
    void liveCount_afterEveryTokenExpired_dropsToZeroAndFreesTheCap() {
        TokenStore store = newStore(new TokenPolicy(Duration.ofMinutes(60), 3, 3));
        Instant expiry = now.plusSeconds(60);
        for (int i = 0; i < 3; i++) {
            assertEquals(CreateResult.CREATED, store.create(newToken(), appA, expiry, now));
        }
        assertEquals(3, store.liveCount(expiry.minusMillis(1)));

        assertEquals(0, store.liveCount(expiry));
        for (int i = 0; i < 3; i++) {
            assertEquals(CreateResult.CREATED, store.create(newToken(), appB, expiry.plusSeconds(60), expiry));
        }
    }

    @Test
    void create_sameTokenTwice_secondIsRefused() {
        TokenStore store = newStore(new TokenPolicy(Duration.ofMinutes(60), 10, 10));
        String token = newToken();
        store.create(token, appA, now.plusSeconds(60), now);

        assertEquals(CreateResult.LIMIT_REACHED, store.create(token, appB, now.plusSeconds(60), now));
        assertEquals(appA, store.peek(token, now).orElseThrow().apiKey());
        assertEquals(1, store.liveCount(now));
    }
}
