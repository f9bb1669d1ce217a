package org.restauth.store.redis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.restauth.core.user.PasswordHash;
import org.restauth.core.user.Person;
import org.restauth.core.user.Profile;

/** Between a {@link Person} and the fields of its hash (KeyLayout lists them). */
final class PersonFields {
    private PersonFields() {
    }

    /** Every field, for a person being added. */
    static List<String> all(Person person) {
        List<String> fields = new ArrayList<>(List.of("email", person.email(),
                "created", Long.toString(person.created().toEpochMilli())));
        fields.addAll(changeable(person));
        return fields;
    }

    /** What an update may change: not the email, not the created time. */
    static List<String> changeable(Person person) {
        Profile profile = person.profile();
        return List.of("hash", person.passwordHash().encoded(), "name", profile.name(),
                "first", profile.firstName(), "last", profile.lastName(), "locale", profile.locale(),
                "picture", profile.pictureUrl(), "disabled", person.disabled() ? "1" : "0",
                "updated", Long.toString(person.updated().toEpochMilli()),
                "credentials", Long.toString(person.credentialsChanged().toEpochMilli()));
    }

    static Person person(long uid, Map<String, String> fields) {
        Profile profile = new Profile(fields.get("name"), fields.get("first"), fields.get("last"),
                fields.get("locale"), fields.get("picture"));
        Instant updated = millis(fields.get("updated"));
        // a hash written before the field existed: its last update is the latest its credentials can have changed
        String credentials = fields.get("credentials");
        return new Person(uid, fields.get("email"), PasswordHash.parse(fields.get("hash")), profile,
                "1".equals(fields.get("disabled")), millis(fields.get("created")), updated,
                credentials == null ? updated : millis(credentials));
    }

    private static Instant millis(String value) {
        return Instant.ofEpochMilli(Long.parseLong(value));
    }
}
