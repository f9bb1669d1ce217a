package org.restauth.cli;

import java.io.PrintWriter;
import java.time.Instant;
import java.util.function.BiFunction;
import org.restauth.core.user.Person;
import org.restauth.core.user.User;
import picocli.CommandLine.Model.CommandSpec;

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

    /**
     * Applies {@code change} to the person with {@code email}, stores it, ends their sessions, says so and audits
     * it as {@code action}.
     */
    static void update(CliStores stores, String email, BiFunction<Person, Instant, Person> change, String done,
                       String action, CommandSpec spec) {
        Person person = find(stores, email);
        if (!stores.people().update(change.apply(person, Instant.now()))) {
            throw new CliFailure("no person with email " + person.email() + " (removed meanwhile)");
        }
        report(spec, done, action, person, stores.sessions().removeAllOf(person.uid()));
    }

    static void report(CommandSpec spec, String done, String action, Person person, int sessionsEnded) {
        AuditLog.of(spec).person(action, person, sessionsEnded);
        PrintWriter out = spec.commandLine().getOut();
        out.println(done + " " + person.email() + " (uid " + person.uid() + "); sessions ended: " + sessionsEnded);
        out.flush();
    }
}
