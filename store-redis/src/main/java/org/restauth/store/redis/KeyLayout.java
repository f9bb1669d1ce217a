package org.restauth.store.redis;

import org.restauth.core.crypto.Digests;

/**
 * Key names. Every key carries one hash tag, {@code {restauth}}, so that a Lua script can draw from the
 * rate-limit buckets, check a cap and write the entry in one atomic step even on Redis Cluster (a script
 * may only touch one slot): auth.createToken is one script (bench/README.md, "Redis store").
 * The Lua scripts build some index names from the prefixes below: keep the two in step.
 *
 * <pre>
 * key (H = SHA-256 hex of the bearer value)         type  holds                                  TTL
 * restauth:{restauth}:t:H                           str   "STATE:uid:exp ms:app"                 until exp
 * restauth:{restauth}:token-count                   hash  per second S: tokens expiring in it;   none (emptied: deleted)
 *                                                         n: their total; lo: lowest S held
 * restauth:{restauth}:token-count:APIKEY            hash  the same, one application              none (emptied: deleted)
 * restauth:{restauth}:s:H                           hash  app, uid, exp (Unix s, 0 never), secret until exp + grace; none if never
 * restauth:{restauth}:sessions                      zset  H scored by reclaim ms or +inf         until the last reclaim
 * restauth:{restauth}:sessions-of-app:APIKEY        zset  same, one application                  same
 * restauth:{restauth}:sessions-of-uid:UID:APIKEY    zset  same, one person with one application  same
 * restauth:{restauth}:g:UID:APIKEY                 hash  since (ms), p:NAME (ms granted)       none
 * restauth:{restauth}:grants-of:UID                 set   the api keys the person authorized     none
 * restauth:{restauth}:rl:NAME:SHA-256 hex of key    str   "tokens:at ms"                         until full again
 * </pre>
 */
final class KeyLayout {
    private static final String PREFIX = "restauth:{restauth}:";
    static final String TOKEN_PREFIX = PREFIX + "t:";
    static final String ALL_TOKENS = PREFIX + "token-count";
    static final String APP_TOKENS_PREFIX = PREFIX + "token-count:";
    static final String SESSION_PREFIX = PREFIX + "s:";
    static final String ALL_SESSIONS = PREFIX + "sessions";
    static final String APP_SESSIONS_PREFIX = PREFIX + "sessions-of-app:";
    static final String PERSON_SESSIONS_PREFIX = PREFIX + "sessions-of-uid:";
    private static final String GRANT_PREFIX = PREFIX + "g:";
    private static final String PERSON_GRANTS_PREFIX = PREFIX + "grants-of:";
    private static final String BUCKET_PREFIX = PREFIX + "rl:";

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

    static String grant(long uid, String apiKey) {
        return GRANT_PREFIX + uid + ":" + apiKey;
    }

    static String personGrants(long uid) {
        return PERSON_GRANTS_PREFIX + uid;
    }

    /** The limiter's name keeps two limiters' buckets apart; the key (an address, an email) is hashed. */
    static String bucket(String limiterName, String key) {
        return BUCKET_PREFIX + limiterName + ":" + Digests.sha256Hex(key);
    }
}
