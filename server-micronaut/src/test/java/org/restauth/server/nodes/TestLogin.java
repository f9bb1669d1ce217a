package org.restauth.server.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.restauth.core.token.TokenPolicy;
import org.restauth.core.token.TokenStore;
import org.restauth.store.redis.RedisStores;

/** A person approving a token. */
final class TestLogin {
    private TestLogin() {
    }

    /**
     * Until login.php is on this branch: the approval written to the shared Redis by store-redis's token
     * store, as login.php on any node writes it.
     */
    static void approve(NodeClient node, String redisUri, String token, long uid) {
        try (RedisStores stores = new RedisStores(redisUri)) {
            assertEquals(TokenStore.ApproveResult.APPROVED,
                    stores.tokenStore(TokenPolicy.DEFAULT).approve(token, TestNodes.API_KEY, uid, Instant.now()));
        }
    }
}
