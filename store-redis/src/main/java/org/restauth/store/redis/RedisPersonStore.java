package org.restauth.store.redis;

import static org.restauth.store.redis.KeyLayout.PEOPLE;
import static org.restauth.store.redis.KeyLayout.PERSON_BY_EMAIL_PREFIX;
import static org.restauth.store.redis.KeyLayout.PERSON_PREFIX;

import io.lettuce.core.ScriptOutputType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.restauth.core.user.Person;
import org.restauth.core.user.PersonStore;
import org.restauth.core.user.User;

/** People in Redis, shared by every node: a change made by one (or by the CLI) is seen by all at once. */
public final class RedisPersonStore implements PersonStore {
    private final RedisGateway redis;

    RedisPersonStore(RedisGateway redis) {
        this.redis = Objects.requireNonNull(redis, "redis");
    }

    @Override
    public AddResult add(Person person) {
        List<String> args = new ArrayList<>(List.of(Long.toString(person.uid()), PERSON_PREFIX));
        args.addAll(PersonFields.all(person));
        Long result = redis.script(LuaScript.PERSON_ADD, ScriptOutputType.INTEGER,
                new String[] {PEOPLE, KeyLayout.personByEmail(person.email())}, args.toArray(String[]::new));
        if (result == -3) {
            throw new IllegalStateException("no uid below 2^31 left");
        }
        return result == -1 ? AddResult.EMAIL_TAKEN : result == -2 ? AddResult.UID_TAKEN : AddResult.ADDED;
    }

    @Override
    public Optional<Person> byUid(long uid) {
        Map<String, String> fields = redis.call(r -> r.hgetall(KeyLayout.person(uid)));
        return fields.isEmpty() ? Optional.empty() : Optional.of(PersonFields.person(uid, fields));
    }

    @Override
    public Optional<Person> byEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        String uid = redis.call(r -> r.get(KeyLayout.personByEmail(User.normalizeEmail(email))));
        return uid == null ? Optional.empty() : byUid(Long.parseLong(uid));
    }

    @Override
    public boolean update(Person person) {
        Long updated = redis.script(LuaScript.PERSON_UPDATE, ScriptOutputType.INTEGER,
                new String[] {KeyLayout.person(person.uid())}, PersonFields.changeable(person).toArray(String[]::new));
        return updated == 1;
    }

    @Override
    public boolean remove(long uid) {
        Long removed = redis.script(LuaScript.PERSON_REMOVE, ScriptOutputType.INTEGER,
                new String[] {KeyLayout.person(uid), PEOPLE, KeyLayout.personGrants(uid)}, Long.toString(uid),
                PERSON_BY_EMAIL_PREFIX, KeyLayout.grantsOf(uid));
        return removed == 1;
    }

    @Override
    public List<Person> list() {
        List<Person> people = new ArrayList<>();
        for (String uid : redis.call(r -> r.zrange(PEOPLE, 0, -1))) {
            byUid(Long.parseLong(uid)).ifPresent(people::add); // one removed meanwhile is left out
        }
        return people;
    }
}
