package org.restauth.store.redis;

import org.restauth.core.crypto.Digests;

/**
 * Key names. Every key carries one hash tag, {@code {restauth}}, so that a Lua script can check a cap and
 * write the entry and its indexes in one atomic step even on Redis Cluster (a script may only touch one slot).
 * The Lua scripts build some index names from the prefixes below: keep the two in step.
 *
 * <pre>
 * key (H = SHA-256 hex of the bearer value)         type  holds                                  TTL
 * restauth:{restauth}:t2:H                          str   "STATE:uid:exp ms:approved ms:app"     until exp
 * restauth:{restauth}:token-count                   hash  per second S: tokens expiring in it;   none (emptied: deleted)
 *                                                         n: their total; lo: lowest S held
 * restauth:{restauth}:token-count:APIKEY            hash  the same, one application              none (emptied: deleted)
 * restauth:{restauth}:s:H                           hash  app, uid, exp (Unix s, 0 never), secret until exp + grace; none if never
 * restauth:{restauth}:sessions                      zset  H scored by reclaim ms or +inf         until the last reclaim
 * restauth:{restauth}:sessions-of-app:APIKEY        zset  same, one application                  same
 * restauth:{restauth}:sessions-of-uid:UID:APIKEY    zset  same, one person with one application  same
 * restauth:{restauth}:sessions-of-person:UID        zset  same, one person with every application same
 * restauth:{restauth}:person:UID                    hash  email, hash, name, first, last, locale,  none
 *                                                         picture, disabled (0/1), created, updated,
 *                                                         credentials ms (absent: read as updated)
 * restauth:{restauth}:person-by-email:EMAIL         str   the uid (EMAIL normalized)             none
 * restauth:{restauth}:people                        zset  uids, scored by uid                    none
 * restauth:{restauth}:app:APIKEY                    hash  secret, type, callback ('' none), name   none
 * restauth:{restauth}:apps                          zset  api keys, all scored 0 (so by api key)   none
 * restauth:{restauth}:g:UID:APIKEY                 hash  since (ms), p:NAME (ms granted)       none
 * restauth:{restauth}:grants-of:UID                 set   the api keys the person authorized     none
 * restauth:{restauth}:rl:NAME:SHA-256 hex of key    str   "tokens:at ms"                         until full again
 * restauth:{restauth}:lf:NAME:SHA-256 hex of key    hash  f, ws, n, lu, last (failure-record.lua) a window after the
 *                                                                                                last failure or lock
 * </pre>
 */
final class KeyLayout {
    private static final String PREFIX = "restauth:{restauth}:";
    /** t2: the value gained the approval time; a node of the old layout and this one ignore each other's tokens. */
    static final String TOKEN_PREFIX = PREFIX + "t2:";
    static final String ALL_TOKENS = PREFIX + "token-count";
    static final String APP_TOKENS_PREFIX = PREFIX + "token-count:";
    static final String SESSION_PREFIX = PREFIX + "s:";
    static final String ALL_SESSIONS = PREFIX + "sessions";
    static final String APP_SESSIONS_PREFIX = PREFIX + "sessions-of-app:";
    static final String PERSON_SESSIONS_PREFIX = PREFIX + "sessions-of-uid:";
    static final String PERSON_ALL_SESSIONS_PREFIX = PREFIX + "sessions-of-person:";
    static final String PERSON_PREFIX = PREFIX + "person:";
    static final String PERSON_BY_EMAIL_PREFIX = PREFIX + "person-by-email:";
    static final String PEOPLE = PREFIX + "people";
    static final String APP_PREFIX = PREFIX + "app:";
    static final String APPS = PREFIX + "apps";
    private static final String GRANT_PREFIX = PREFIX + "g:";
    private static final String PERSON_GRANTS_PREFIX = PREFIX + "grants-of:";
    private static final String BUCKET_PREFIX = PREFIX + "rl:";
    private static final String FAILURES_PREFIX = PREFIX + "lf:";

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

    static String personAllSessions(long uid) {
        return PERSON_ALL_SESSIONS_PREFIX + uid;
    }

    static String person(long uid) {
        return PERSON_PREFIX + uid;
    }

    static String personByEmail(String normalizedEmail) {
        return PERSON_BY_EMAIL_PREFIX + normalizedEmail;
    }

    static String app(String apiKey) {
        return APP_PREFIX + apiKey;
    }

    static String grant(long uid, String apiKey) {
        return GRANT_PREFIX + uid + ":" + apiKey;
    }

    /** The prefix of the person's grant hashes: {@code grant(uid, apiKey)} is this followed by the api key. */
    static String grantsOf(long uid) {
        return GRANT_PREFIX + uid + ":";
    }

    static String personGrants(long uid) {
        return PERSON_GRANTS_PREFIX + uid;
    }

    /** The limiter's name keeps two limiters' buckets apart; the key (an address, an email) is hashed. */
    static String bucket(String limiterName, String key) {
        return BUCKET_PREFIX + limiterName + ":" + Digests.sha256Hex(key);
    }

    /** Like {@link #bucket}: one failure counter's record of one key. */
    static String failures(String counterName, String key) {
        return FAILURES_PREFIX + counterName + ":" + Digests.sha256Hex(key);
    }
}
