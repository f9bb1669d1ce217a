package org.restauth.core.user;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The people a server serves: a {@link PersonStore}'s, and beside them a fixed, read-only set the store does not
 * hold (the deprecated users file, the demo person), each with no profile but their email. Reads answer for
 * both, so every method and page treats a fixed person as a stored one; writes go to the store only.
 * <p>
 * Fail closed on a clash, a fixed and a stored person sharing a uid or an email but not both: neither is served,
 * since either could otherwise log in as the other's uid. {@link #overlap()} finds the clashes for the start to
 * refuse. A fixed person stored with the same uid and email (copied by {@code restauth user import}) is served
 * from the store, whose copy the CLI changes.
 */
public final class FixedAndStoredPeople implements PersonStore {
    private final Map<Long, Person> fixedByUid;
    private final Map<String, Person> fixedByEmail;
    private final PersonStore store;

    /**
     * @param since the fixed people's created and updated time (the file has none). Their credentials count as
     *              never changed: reading the file again at a restart must not void the tokens approved before it,
     *              which outlive a node on a shared store.
     */
    public FixedAndStoredPeople(Collection<User> fixed, Instant since, PersonStore store) {
        this.store = Objects.requireNonNull(store, "store");
        List<Person> people = fixed.stream()
                .map(u -> new Person(u.uid(), u.email(), u.passwordHash(), Profile.EMPTY, false, since, since,
                        Instant.EPOCH))
                .toList();
        this.fixedByUid = people.stream().collect(Collectors.toMap(Person::uid, Function.identity(), (a, b) -> {
            throw new IllegalArgumentException("two fixed people share uid " + a.uid());
        }, LinkedHashMap::new));
        this.fixedByEmail = people.stream().collect(Collectors.toMap(Person::email, Function.identity(), (a, b) -> {
            throw new IllegalArgumentException("two fixed people share an email");
        }));
    }

    /** A fixed person and the stored one they clash with. */
    public record Clash(Person fixed, Person stored) {
    }

    /** The fixed people that clash with a stored one, and those stored already (imported), in fixed order. */
    public record Overlap(List<Clash> clashes, List<Person> imported) {
    }

    /** Asks the store about every fixed person: for the start, which refuses clashes. */
    public Overlap overlap() {
        List<Clash> clashes = new ArrayList<>();
        List<Person> imported = new ArrayList<>();
        for (Person fixed : fixedByUid.values()) {
            Optional<Person> byUid = store.byUid(fixed.uid());
            Optional<Person> other = byUid.isPresent() ? byUid : store.byEmail(fixed.email());
            if (other.isPresent() && other.get().uid() == fixed.uid() && other.get().email().equals(fixed.email())) {
                imported.add(fixed);
            } else {
                other.ifPresent(stored -> clashes.add(new Clash(fixed, stored)));
            }
        }
        return new Overlap(List.copyOf(clashes), List.copyOf(imported));
    }

    /** A fixed uid or email is taken: the store would otherwise make a clash. */
    @Override
    public AddResult add(Person person) {
        if (fixedByEmail.containsKey(person.email())) {
            return AddResult.EMAIL_TAKEN;
        }
        if (fixedByUid.containsKey(person.uid())) {
            return AddResult.UID_TAKEN;
        }
        return store.add(person);
    }

    @Override
    public Optional<Person> byUid(long uid) {
        Optional<Person> stored = store.byUid(uid);
        if (stored.isPresent()) {
            return clashFree(stored.get());
        }
        Person fixed = fixedByUid.get(uid);
        return fixed == null || store.byEmail(fixed.email()).isPresent() ? Optional.empty() : Optional.of(fixed);
    }

    @Override
    public Optional<Person> byEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        Optional<Person> stored = store.byEmail(email);
        if (stored.isPresent()) {
            return clashFree(stored.get());
        }
        Person fixed = fixedByEmail.get(User.normalizeEmail(email));
        return fixed == null || store.byUid(fixed.uid()).isPresent() ? Optional.empty() : Optional.of(fixed);
    }

    private Optional<Person> clashFree(Person stored) {
        Person sameUid = fixedByUid.get(stored.uid());
        Person sameEmail = fixedByEmail.get(stored.email());
        boolean clash = sameUid != null && !sameUid.email().equals(stored.email())
                || sameEmail != null && sameEmail.uid() != stored.uid();
        return clash ? Optional.empty() : Optional.of(stored);
    }

    /** A fixed person has no row to update: false, as for anyone the store does not hold. */
    @Override
    public boolean update(Person person) {
        return store.update(person);
    }

    @Override
    public boolean remove(long uid) {
        return store.remove(uid);
    }

    /** Only a stored person can be changed; the file's people stay as the file says. */
    @Override
    public boolean isWritable(long uid) {
        return store.byUid(uid).isPresent();
    }

    /** Everyone served, by uid; a clash is left out as it is on every read. */
    @Override
    public List<Person> list() {
        Map<Long, Person> all = new TreeMap<>();
        store.list().stream().map(this::clashFree).flatMap(Optional::stream).forEach(p -> all.put(p.uid(), p));
        fixedByUid.keySet().stream().map(this::byUid).flatMap(Optional::stream).forEach(p -> all.put(p.uid(), p));
        return List.copyOf(all.values());
    }
}
