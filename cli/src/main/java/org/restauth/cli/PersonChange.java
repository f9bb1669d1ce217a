package org.restauth.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.function.BiFunction;
import org.restauth.core.user.Person;
import org.restauth.core.user.User;

/**
 * One change to a stored person, then the end of their sessions: disabling, removing or re-passwording someone
 * must leave no session of theirs working (the next call with one gets error 102).
 */
final class PersonChange {
    private PersonChange() {
    }

    static Person find(CliStores stores, String email) {
        String normalized = User.normalizeEmail(email);
        return stores.people().byEmail(normalized)
                .orElseThrow(() -> new CliFailure("no person with email " + normalized));
    }

    /** Applies {@code change} to the person with {@code email}, stores it, ends their sessions, says so. */
    static void update(CliStores stores, String email, BiFunction<Person, Instant, Person> change, String done,
                       PrintWriter out) {
        Person person = find(stores, email);
        if (!stores.people().update(change.apply(person, Instant.now()))) {
            throw new CliFailure("no person with email " + person.email() + " (removed meanwhile)");
        }
        report(out, done, person, stores.sessions().removeAllOf(person.uid()));
    }

    static void report(PrintWriter out, String done, Person person, int sessionsEnded) {
        out.println(done + " " + person.email() + " (uid " + person.uid() + "); sessions ended: " + sessionsEnded);
        out.flush();
    }
}
