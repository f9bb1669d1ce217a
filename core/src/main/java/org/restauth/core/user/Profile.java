package org.restauth.core.user;

import java.util.Objects;

/**
 * What a person shows of themselves (users.getInfo serves it). Strings with no value are empty, never null:
 * old clients read a missing name as the text "null".
 *
 * @param name the display name
 * @param locale {@code en_US} style, or empty
 * @param pictureUrl an absolute http(s) URL, or empty
 */
public record Profile(String name, String firstName, String lastName, String locale, String pictureUrl) {
    public static final Profile EMPTY = new Profile("", "", "", "", "");

    public Profile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(pictureUrl, "pictureUrl");
        if (!locale.isEmpty() && !locale.matches("[a-z]{2,3}_[A-Z]{2}")) {
            throw new IllegalArgumentException("locale must look like en_US");
        }
        if (!pictureUrl.isEmpty() && !pictureUrl.matches("(?i)https?://[^\\s]+")) {
            throw new IllegalArgumentException("picture URL must be an absolute http(s) URL");
        }
    }
}
