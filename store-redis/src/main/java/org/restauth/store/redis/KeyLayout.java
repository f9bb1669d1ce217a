package org.restauth.store.redis;

import org.restauth.core.crypto.Digests;

/**
 * Key names. Tokens and sessions carry one hash tag, {@code {restauth}}, so that a Lua script can check a
 * cap and write the entry in one atomic step even on Redis Cluster (a script may only touch one slot).
 * Rate-limit buckets are single keys and carry their own tag, so they spread over a cluster.
 * The Lua scripts build some index names from the prefixes below: keep the two in step.
 */
final class KeyLayout {
    private static final String PREFIX = "restauth:{restauth}:";
    static final String TOKEN_PREFIX = PREFIX + "t:";
    static final String ALL_TOKENS = PREFIX + "tokens";
    static final String APP_TOKENS_PREFIX = PREFIX + "tokens:";
    static final String SESSION_PREFIX = PREFIX + "s:";
    static final String ALL_SESSIONS = PREFIX + "sessions";
    static final String APP_SESSIONS_PREFIX = PREFIX + "sessions-of-app:";
    static final String PERSON_SESSIONS_PREFIX = PREFIX + "sessions-of-uid:";

    private KeyLayout() {
    }

    /** What the keys hold instead of a bearer value. */
    static String digest(String bearer) {
        return Digests.sha256Hex(bearer);
    }

    static String appTokens(String apiKey) {
        return APP_TOKENS_PREFIX + apiKey;
    }

    static String appSessions(String apiKey) {
        return APP_SESSIONS_PREFIX + apiKey;
    }

    /** The uid comes first: it has no ':' in it, so no api key can make two names collide. */
    static String personSessions(String apiKey, long uid) {
        return PERSON_SESSIONS_PREFIX + uid + ":" + apiKey;
    }

    /** The limiter's name keeps two limiters' buckets apart; the key (an address, an email) is hashed. */
    static String bucket(String limiterName, String key) {
        return "restauth:{rl:" + limiterName + ":" + Digests.sha256Hex(key) + "}";
    }
}
