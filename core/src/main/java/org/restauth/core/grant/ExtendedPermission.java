package org.restauth.core.grant;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The registry of extended permission names (docs/protocol.md §13). Names outside it are never shown,
 * never stored and always read as not granted.
 */
public final class ExtendedPermission {
    public static final String EMAIL = "email";
    public static final String OFFLINE_ACCESS = "offline_access";
    public static final String PUBLISH_STREAM = "publish_stream";

    /** The permissions this server has a feature for; every other known name is recorded only. */
    private static final Set<String> SERVED = Set.of(EMAIL, OFFLINE_ACCESS);
    private static final Set<String> RECORDED = Set.of(PUBLISH_STREAM, "read_stream", "status_update",
            "photo_upload", "video_upload", "create_note", "share_item", "create_event", "rsvp_event", "sms",
            "read_mailbox", "create_listing", "publish_checkins", "manage_pages", "xmpp_login", "read_friendlists");
    /** The 2010 profile permissions; the suffix is kept to the shape of the era's names. */
    private static final Pattern PROFILE_PERMISSION = Pattern.compile("(user|friends)_[a-z]{2,30}");
    /** publish_stream is a superset of these ("Extended permissions" wiki page). */
    private static final Set<String> IMPLIED_BY_PUBLISH_STREAM =
            Set.of("status_update", "photo_upload", "video_upload", "create_note", "share_item");

    private ExtendedPermission() {
    }

    public static boolean isKnown(String name) {
        return name != null && (SERVED.contains(name) || RECORDED.contains(name)
                || PROFILE_PERMISSION.matcher(name).matches());
    }

    /** True for a known name this server has no feature for: consent is only recorded. */
    public static boolean isRecordedOnly(String name) {
        return isKnown(name) && !SERVED.contains(name);
    }

    /** Whether holding {@code held} answers a question about {@code asked}. */
    static boolean covers(String held, String asked) {
        return held.equals(asked) || held.equals(PUBLISH_STREAM) && IMPLIED_BY_PUBLISH_STREAM.contains(asked);
    }

    /**
     * The known names of a comma list, trimmed, in order, each once; unknown names are dropped. Empty if none.
     */
    public static List<String> knownOf(String commaList) {
        if (commaList == null) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        Arrays.stream(commaList.split(",", 200)).map(String::trim).filter(ExtendedPermission::isKnown)
                .limit(100).forEach(names::add);
        return List.copyOf(names);
    }

    /** The name itself if known. */
    public static Optional<String> known(String name) {
        return isKnown(name) ? Optional.of(name) : Optional.empty();
    }
}
