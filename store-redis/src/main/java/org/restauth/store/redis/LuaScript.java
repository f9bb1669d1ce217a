package org.restauth.store.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A Lua script from this package's resources and the SHA-1 that EVALSHA names it by. */
record LuaScript(String text, String sha1) {

    static final LuaScript TOKEN_CREATE = load("token-value.lua", "token-count.lua", "token-create.lua");
    static final LuaScript TOKEN_APPROVE = load("token-value.lua", "token-approve.lua");
    static final LuaScript TOKEN_CONSUME = load("token-value.lua", "token-count.lua", "token-consume.lua");
    static final LuaScript TOKEN_LIVE = load("token-count.lua", "token-live.lua");
    static final LuaScript SESSION_CREATE = load("session-create.lua");
    static final LuaScript SESSION_REMOVE = load("session-remove.lua");
    static final LuaScript SESSION_REMOVE_ALL = load("session-remove-all.lua");
    static final LuaScript SESSION_REMOVE_EVERY = load("session-remove-every.lua");
    static final LuaScript SESSION_SECRET = load("session-secret.lua");
    static final LuaScript PERSON_ADD = load("person-add.lua");
    static final LuaScript PERSON_UPDATE = load("person-update.lua");
    static final LuaScript PERSON_REMOVE = load("person-remove.lua");
    static final LuaScript APP_ADD = load("app-add.lua");
    static final LuaScript APP_REMOVE = load("app-remove.lua");
    static final LuaScript SESSION_NEVER_EXPIRE = load("session-never-expire.lua");
    static final LuaScript GRANT_WRITE = load("grant-write.lua");
    static final LuaScript GRANT_REMOVE = load("grant-remove.lua");
    static final LuaScript GRANT_REVOKE = load("grant-revoke.lua");
    static final LuaScript RATE_LIMIT = load("bucket.lua", "rate-limit.lua");
    static final LuaScript FAILURE_RECORD = load("failure-record.lua");

    /** The resources one after the other: a script's shared functions first. */
    private static LuaScript load(String... names) {
        StringBuilder text = new StringBuilder();
        for (String name : names) {
            text.append(resource(name));
        }
        return new LuaScript(text.toString(), sha1Hex(text.toString()));
    }

    private static String resource(String name) {
        try (InputStream in = LuaScript.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing script resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha1Hex(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }
}
