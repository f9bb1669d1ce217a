package org.restauth.store.redis;

import static org.restauth.store.redis.KeyLayout.APPS;

import io.lettuce.core.ScriptOutputType;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.restauth.core.app.AppType;
import org.restauth.core.app.Application;
import org.restauth.core.app.ApplicationStore;
import org.restauth.core.crypto.Secret;

/** Applications added at run time, in Redis, shared by every node; the secret is held as given. */
public final class RedisApplicationStore implements ApplicationStore {
    private final RedisGateway redis;

    RedisApplicationStore(RedisGateway redis) {
        this.redis = Objects.requireNonNull(redis, "redis");
    }

    @Override
    public AddResult add(Application application) {
        Long added = redis.script(LuaScript.APP_ADD, ScriptOutputType.INTEGER,
                new String[] {KeyLayout.app(application.apiKey()), APPS}, application.apiKey(),
                "secret", application.secret().reveal(), "type", application.type().name(),
                "callback", application.callbackUrl().map(URI::toString).orElse(""),
                "name", application.displayName());
        return added == 1 ? AddResult.ADDED : AddResult.API_KEY_TAKEN;
    }

    @Override
    public boolean remove(String apiKey) {
        if (apiKey == null) {
            return false;
        }
        Long removed = redis.script(LuaScript.APP_REMOVE, ScriptOutputType.INTEGER,
                new String[] {KeyLayout.app(apiKey), APPS}, apiKey);
        return removed == 1;
    }

    @Override
    public List<Application> list() {
        List<Application> applications = new ArrayList<>();
        for (String apiKey : redis.call(r -> r.zrange(APPS, 0, -1))) {
            find(apiKey).ifPresent(applications::add); // one removed meanwhile is left out
        }
        return applications;
    }

    @Override
    public Optional<Application> find(String apiKey) {
        if (apiKey == null) {
            return Optional.empty();
        }
        Map<String, String> fields = redis.call(r -> r.hgetall(KeyLayout.app(apiKey)));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        String callback = fields.get("callback");
        return Optional.of(new Application(apiKey, Secret.of(fields.get("secret")), AppType.valueOf(fields.get("type")),
                callback.isEmpty() ? Optional.empty() : Optional.of(URI.create(callback)), fields.get("name")));
    }
}
