package org.restauth.core.grant;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.restauth.core.session.SessionStore;

/**
 * The person's side of grants (the consent page, the settings page): what is still to be asked, allowing, and
 * taking back. Granting offline_access makes the person's live sessions with the app never expire; taking
 * anything back on the settings page ends them (docs/protocol.md §13).
 */
public final class ConsentService {
    private final GrantStore grants;
    private final SessionStore sessions;
    private final Clock clock;

    public ConsentService(GrantStore grants, SessionStore sessions, Clock clock) {
        this.grants = Objects.requireNonNull(grants, "grants");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The known requested names not yet held, in request order; unknown names are never shown. */
    public List<String> pending(long uid, String apiKey, Collection<String> requested) {
        Grant grant = grants.find(uid, apiKey).orElse(null);
        Set<String> pending = new LinkedHashSet<>();
        for (String name : requested) {
            if (ExtendedPermission.isKnown(name) && (grant == null || !grant.holds(name))) {
                pending.add(name);
            }
        }
        return List.copyOf(pending);
    }

    /** Whether the app still needs to be authorized by this person. */
    public boolean needsAuthorization(long uid, String apiKey) {
        return grants.find(uid, apiKey).isEmpty();
    }

    /** Allow: authorizes the app and grants the known names; returns the grant as it now is. */
    public Grant allow(long uid, String apiKey, Collection<String> names) {
        Instant now = clock.instant();
        Set<String> known = new LinkedHashSet<>();
        names.stream().filter(ExtendedPermission::isKnown).forEach(known::add);
        Grant grant = grants.grant(uid, apiKey, known, now);
        if (known.contains(ExtendedPermission.OFFLINE_ACCESS)) {
            sessions.neverExpire(apiKey, uid, now);
        }
        return grant;
    }

    public List<Grant> grantsOf(long uid) {
        return grants.listByPerson(uid);
    }

    /** Removes one permission; every session of the app for the person ends at once. False if not held. */
    public boolean removePermission(long uid, String apiKey, String permission) {
        boolean removed = ExtendedPermission.isKnown(permission) && grants.revokePermission(uid, apiKey, permission);
        if (removed) {
            sessions.removeAll(apiKey, uid, clock.instant());
        }
        return removed;
    }

    /** Removes the app with all its permissions and ends its sessions for the person. False if not authorized. */
    public boolean removeApplication(long uid, String apiKey) {
        boolean removed = grants.revokeAll(uid, apiKey);
        sessions.removeAll(apiKey, uid, clock.instant());
        return removed;
    }
}
