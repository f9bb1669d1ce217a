package org.restauth.core.api;

import java.util.List;
import org.restauth.core.error.ApiError;
import org.restauth.core.error.ApiException;
import org.restauth.core.grant.ExtendedPermission;
import org.restauth.core.grant.Grant;
import org.restauth.core.grant.GrantStore;
import org.restauth.core.session.SessionStore;
import org.restauth.core.user.PersonStore;

/**
 * users.getLoggedInUser, users.isAppUser, users.isVerified, users.hasAppPermission and
 * auth.revokeExtendedPermission (docs/protocol.md §10, §12 and §13).
 */
final class IdentityMethods {
    private IdentityMethods() {
    }

    /** A number in JSON: Java 3.0.2 casts it to Number, so a string would throw. */
    static ApiMethod getLoggedInUser() {
        return ApiMethod.of("users.getLoggedInUser", context -> new ApiResult.Numeric(context.requireSession().uid()));
    }

    /** Unknown uid: false, not an error. */
    static ApiMethod isAppUser(GrantStore grants) {
        return ApiMethod.of("users.isAppUser", context ->
                new ApiResult.Flag(grants.find(Subject.of(context), context.app().apiKey()).isPresent()));
    }

    /** True only if the operator marked the account verified; apps "may never disclose" it, so session only. */
    static ApiMethod isVerified(PersonStore people) {
        return ApiMethod.of("users.isVerified", context -> new ApiResult.Flag(people.byUid(context.requireSession().uid())
                .map(p -> p.profile().verified()).orElse(false)));
    }

    /** 1 only if every name of the comma list is held; unknown names and uids read as not granted. */
    static ApiMethod hasAppPermission(GrantStore grants) {
        return ApiMethod.of("users.hasAppPermission", context -> {
            String asked = context.required("ext_perm");
            long uid = Subject.of(context);
            List<String> names = List.of(asked.split(",", -1));
            Grant grant = grants.find(uid, context.app().apiKey()).orElse(null);
            boolean all = grant != null && names.stream().map(String::strip)
                    .allMatch(name -> ExtendedPermission.isKnown(name) && grant.holds(name));
            return new ApiResult.Numeric(all ? 1 : 0);
        });
    }

    /** True if the permission was held and is gone. Without offline_access the person's sessions end (then 102). */
    static ApiMethod revokeExtendedPermission(GrantStore grants, SessionStore sessions) {
        return ApiMethod.of("auth.revokeExtendedPermission", context -> {
            String perm = ExtendedPermission.known(context.required("perm"))
                    .orElseThrow(() -> new ApiException(ApiError.INVALID_PARAMETER));
            long uid = Subject.of(context);
            boolean revoked = grants.revokePermission(uid, context.app().apiKey(), perm);
            if (revoked && perm.equals(ExtendedPermission.OFFLINE_ACCESS)) {
                sessions.removeAll(context.app().apiKey(), uid, context.now());
            }
            return new ApiResult.Flag(revoked);
        });
    }
}
