package org.restauth.core.grant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrantTest {
    private static final Instant T0 = Instant.parse("2010-01-01T00:00:00Z");

    @Test
    void holds_publishStream_impliesTheFiveItIsASupersetOf() {
        Grant grant = new Grant(8055, "app", T0, Map.of("publish_stream", T0));

        for (String implied : List.of("status_update", "photo_upload", "video_upload", "create_note", "share_item")) {
            assertTrue(grant.holds(implied), implied);
        }
        assertFalse(grant.holds("read_stream"));
        assertFalse(grant.holds("email"));
    }

    @Test
    void constructor_unknownPermission_refused() {
        assertThrows(IllegalArgumentException.class, () -> new Grant(8055, "app", T0, Map.of("<script>", T0)));
    }

    @Test
    void knownOf_commaListWithBlanksUnknownAndRepeats_knownNamesInOrderOnce() {
        assertEquals(List.of("email", "offline_access", "user_photos"),
                ExtendedPermission.knownOf(" email,bogus,offline_access , email,user_photos,user_"));
    }

    @Test
    void isRecordedOnly_servedAndRecordedNames_tellThemApart() {
        assertFalse(ExtendedPermission.isRecordedOnly("email"));
        assertFalse(ExtendedPermission.isRecordedOnly("offline_access"));
        assertTrue(ExtendedPermission.isRecordedOnly("publish_stream"));
        assertTrue(ExtendedPermission.isRecordedOnly("friends_birthday"));
        assertFalse(ExtendedPermission.isRecordedOnly("unknown"));
    }
}
