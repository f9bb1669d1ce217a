package org.restauth.core.user;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * What a person shows of themselves (users.getInfo serves it). Strings with no value are empty, never null:
 * old clients read a missing name as the text "null".
 *
 * @param name the display name
 * @param locale {@code en_US} style, or empty
 * @param pictureUrl an absolute http(s) URL, or empty
 * @param timezone hours from GMT as a decimal ({@code -8}, {@code 5.5}), or empty when unknown
 * @param sex {@code male}, {@code female} or empty
 * @param username the public username, or empty
 * @param verified whether the operator marked the account as a real person (users.isVerified)
 */
public record Profile(String name, String firstName, String lastName, String locale, String pictureUrl,
                      String timezone, String sex, String username, boolean verified) {
    private static final Set<String> SEXES = Set.of("", "male", "female");
    private static final BigDecimal MAX_OFFSET = BigDecimal.valueOf(14);
    public static final Profile EMPTY = new Profile("", "", "", "", "");

    public Profile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(pictureUrl, "pictureUrl");
        Objects.requireNonNull(timezone, "timezone");
        Objects.requireNonNull(username, "username");
        if (!locale.isEmpty() && !locale.matches("[a-z]{2,3}_[A-Z]{2}")) {
            throw new IllegalArgumentException("locale must look like en_US");
        }
        if (!pictureUrl.isEmpty() && !pictureUrl.matches("(?i)https?://[^\\s]+")) {
            throw new IllegalArgumentException("picture URL must be an absolute http(s) URL");
        }
        if (!timezone.isEmpty() && !(timezone.matches("-?[0-9]{1,2}(\\.[0-9]{1,2})?")
                && new BigDecimal(timezone).abs().compareTo(MAX_OFFSET) <= 0)) {
            throw new IllegalArgumentException("timezone must be hours from GMT, such as -8 or 5.5");
        }
        if (!SEXES.contains(sex)) {
            throw new IllegalArgumentException("sex must be male, female or empty");
        }
        if (!username.matches("[A-Za-z0-9.]{0,50}")) {
            throw new IllegalArgumentException("username must be letters, digits and dots");
        }
    }

    /** The five fields every store has kept from the start; the rest empty, not verified. */
    public Profile(String name, String firstName, String lastName, String locale, String pictureUrl) {
        this(name, firstName, lastName, locale, pictureUrl, "", "", "", false);
    }

    public Profile withTimezone(String hours) {
        return new Profile(name, firstName, lastName, locale, pictureUrl, hours, sex, username, verified);
    }

    public Profile withSex(String value) {
        return new Profile(name, firstName, lastName, locale, pictureUrl, timezone, value, username, verified);
    }

    public Profile withUsername(String value) {
        return new Profile(name, firstName, lastName, locale, pictureUrl, timezone, sex, value, verified);
    }

    public Profile withVerified(boolean value) {
        return new Profile(name, firstName, lastName, locale, pictureUrl, timezone, sex, username, value);
    }
}
