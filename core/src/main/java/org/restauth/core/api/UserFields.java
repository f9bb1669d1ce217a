package org.restauth.core.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The field names of users.getInfo and their kinds (docs/protocol.md §11): the ones served from a
 * person's profile, the rest of the schema's {@code user} type in their no-value form. Any other name is
 * dropped, never an error: Java apps request every field the client knows.
 */
final class UserFields {
    static final String UID = "uid";

    enum Kind {
        TEXT(FieldValue.Text.EMPTY), NUMBER(FieldValue.NIL), STRUCT(FieldValue.NIL), LIST(FieldValue.EMPTY_LIST),
        BOOL(FieldValue.NIL);

        final FieldValue noValue;

        Kind(FieldValue noValue) {
            this.noValue = noValue;
        }
    }

    /** Served from the person's own profile and grant. */
    static final Set<String> SERVED = Set.of(UID, "name", "first_name", "last_name", "pic_square", "pic",
            "pic_small", "pic_big", "locale", "timezone", "sex", "is_app_user", "has_added_app", "profile_url",
            "username", "email", "proxied_email");
    /** What any caller may see of a person who authorized the app: the wiki's no-session list. */
    static final Set<String> PUBLIC = Set.of(UID, "first_name", "last_name", "name", "locale", "pic_square",
            "profile_url", "is_app_user", "has_added_app");
    /** users.getStandardInfo's whole field set. */
    static final Set<String> STANDARD = Set.of(UID, "first_name", "last_name", "name", "timezone", "birthday",
            "sex", "affiliations", "locale", "profile_url", "proxied_email");

    private static final Map<String, Kind> KINDS = kinds();
    /** Every known name: served or answered in its no-value form. */
    static final Set<String> SERVED_OR_SCHEMA = KINDS.keySet();

    private UserFields() {
    }

    static boolean isKnown(String name) {
        return KINDS.containsKey(name);
    }

    static FieldValue noValue(String name) {
        return KINDS.get(name).noValue;
    }

    /** uid first, then the known requested names in order, each once; {@code allowed} narrows the set. */
    static List<String> requested(List<String> names, Set<String> allowed) {
        Set<String> fields = new LinkedHashSet<>();
        fields.add(UID);
        names.stream().filter(UserFields::isKnown).filter(allowed::contains).forEach(fields::add);
        return List.copyOf(fields);
    }

    private static Map<String, Kind> kinds() {
        Map<String, Kind> kinds = new java.util.HashMap<>();
        put(kinds, Kind.TEXT, "name first_name last_name pic_square pic pic_small pic_big locale sex profile_url"
                + " username email proxied_email about_me activities birthday books interests movies music political"
                + " quotes relationship_status religion tv");
        put(kinds, Kind.NUMBER, "uid timezone notes_count profile_update_time significant_other_id wall_count");
        put(kinds, Kind.STRUCT, "current_location hometown_location hs_info status");
        put(kinds, Kind.LIST, "affiliations education_history meeting_for meeting_sex work_history email_hashes family");
        put(kinds, Kind.BOOL, "is_app_user has_added_app");
        return Map.copyOf(kinds);
    }

    private static void put(Map<String, Kind> kinds, Kind kind, String names) {
        Stream.of(names.split(" ")).collect(Collectors.toSet()).forEach(name -> kinds.put(name, kind));
    }
}
