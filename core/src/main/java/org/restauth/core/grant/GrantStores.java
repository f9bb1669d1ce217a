package org.restauth.core.grant;

/** Checks every {@link GrantStore} makes before it writes. */
public final class GrantStores {
    private GrantStores() {
    }

    /** Unknown names are never stored (docs/protocol.md §13). */
    public static String requireKnown(String permission) {
        if (!ExtendedPermission.isKnown(permission)) {
            throw new IllegalArgumentException("not an extended permission");
        }
        return permission;
    }
}
