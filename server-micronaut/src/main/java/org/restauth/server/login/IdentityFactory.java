package org.restauth.server.login;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.restauth.core.grant.ConsentService;
import org.restauth.core.grant.GrantStore;
import org.restauth.core.session.SessionStore;
import org.restauth.core.user.InMemoryPersonStore;
import org.restauth.core.user.InMemoryUserDirectory;
import org.restauth.core.user.Person;
import org.restauth.core.user.PersonStore;
import org.restauth.core.user.Profile;
import org.restauth.core.user.User;
import org.restauth.format.users.UserFileDirectory;
import org.restauth.server.store.StateStore;

/**
 * The identity layer's stores. The people come from the login page's people (the users file, or the demo
 * person) into memory, until the server reads them from the system of record's store; a users file has no
 * names, so its people have an empty profile.
 */
@Factory
public class IdentityFactory {
    private static final Profile DEMO_PROFILE = new Profile("Demo Person", "Demo", "Person", "en_US", "");

    @Singleton
    GrantStore grantStore(StateStore state) {
        return state.grantStore();
    }

    @Singleton
    ConsentService consentService(GrantStore grants, SessionStore sessions, Clock clock) {
        return new ConsentService(grants, sessions, clock);
    }

    @Singleton
    PersonStore personStore(People people, Clock clock) {
        InMemoryPersonStore store = new InMemoryPersonStore();
        Profile profile = people.demo().isPresent() ? DEMO_PROFILE : Profile.EMPTY;
        for (User user : users(people)) {
            store.add(new Person(user.uid(), user.email(), user.passwordHash(), profile, false, clock.instant(),
                    clock.instant()));
        }
        return store;
    }

    private static Collection<User> users(People people) {
        if (people.directory() instanceof UserFileDirectory file) {
            return file.users();
        }
        if (people.directory() instanceof InMemoryUserDirectory memory) {
            return memory.users();
        }
        return List.of();
    }
}
