package org.restauth.core.user;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** People in memory, for tests and library users: nothing survives the process. Thread-safe. */
public final class InMemoryPersonStore implements PersonStore {
    private final Map<Long, Person> byUid = new HashMap<>();
    private final Map<String, Long> uidByEmail = new HashMap<>();
    private long lastAssigned = 1000;

    @Override
    public synchronized AddResult add(Person person) {
        if (uidByEmail.containsKey(person.email())) {
            return AddResult.EMAIL_TAKEN;
        }
        long uid = person.uid();
        if (uid == 0) {
            do {
                if (lastAssigned >= Integer.MAX_VALUE) {
                    throw new IllegalStateException("no uid below 2^31 left");
                }
                uid = ++lastAssigned;
            } while (byUid.containsKey(uid));
        } else if (byUid.containsKey(uid)) {
            return AddResult.UID_TAKEN;
        }
        byUid.put(uid, person.withUid(uid));
        uidByEmail.put(person.email(), uid);
        return AddResult.ADDED;
    }

    @Override
    public synchronized Optional<Person> byUid(long uid) {
        return Optional.ofNullable(byUid.get(uid));
    }

    @Override
    public synchronized Optional<Person> byEmail(String email) {
        Long uid = email == null ? null : uidByEmail.get(User.normalizeEmail(email));
        return uid == null ? Optional.empty() : Optional.ofNullable(byUid.get(uid));
    }

    @Override
    public synchronized boolean update(Person person) {
        Person old = byUid.get(person.uid());
        if (old == null) {
            return false;
        }
        byUid.put(person.uid(), new Person(old.uid(), old.email(), person.passwordHash(), person.profile(),
                person.disabled(), old.created(), person.updated(), person.credentialsChanged()));
        return true;
    }

    @Override
    public synchronized boolean remove(long uid) {
        Person old = byUid.remove(uid);
        if (old == null) {
            return false;
        }
        uidByEmail.remove(old.email());
        return true;
    }

    @Override
    public synchronized List<Person> list() {
        return byUid.values().stream().sorted(Comparator.comparingLong(Person::uid)).toList();
    }
}
