package org.restauth.core.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.restauth.core.error.ApiError;
import org.restauth.core.error.ApiException;
import org.restauth.core.grant.Grant;
import org.restauth.core.grant.GrantStore;
import org.restauth.core.request.Signature;
import org.restauth.core.user.Person;
import org.restauth.core.user.PersonStore;

/**
 * users.getInfo and users.getStandardInfo (docs/protocol.md §11). A self-hosted server has no friend
 * graph and must not leak its directory: a caller sees everything of its session's own person, and only the
 * public set of people who authorized this app; unknown or invisible uids are silently left out.
 */
final class GetInfo implements ApiMethod {
    private static final int MAX_FIELDS = 200;

    private final PersonStore people;
    private final GrantStore grants;
    private final UserRows rows;
    private final boolean standard;

    private GetInfo(PersonStore people, GrantStore grants, UserRows rows, boolean standard) {
        this.people = people;
        this.grants = grants;
        this.rows = rows;
        this.standard = standard;
    }

    static GetInfo info(PersonStore people, GrantStore grants, UserRows rows) {
        return new GetInfo(people, grants, rows, false);
    }

    static GetInfo standardInfo(PersonStore people, GrantStore grants, UserRows rows) {
        return new GetInfo(people, grants, rows, true);
    }

    @Override
    public String name() {
        return standard ? "users.getStandardInfo" : "users.getInfo";
    }

    @Override
    public ApiResult call(CallContext context) {
        List<Long> uids = Uids.list(context.required("uids"));
        List<String> names = ListParam.parse(context.required("fields"), MAX_FIELDS);
        if (names.stream().allMatch(String::isEmpty)) {
            throw ListParam.invalid();
        }
        Long viewer = context.sessionKey() == null ? null : context.requireSession().uid();
        if (standard) {
            refuseUnsafeCaller(context);
        }
        List<String> fields = UserFields.requested(names, standard ? UserFields.STANDARD : UserFields.SERVED_OR_SCHEMA);
        List<ApiResult.Row> found = new ArrayList<>();
        for (long uid : uids) {
            Optional<Person> person = people.byUid(uid).filter(p -> !p.disabled());
            Optional<Grant> grant = person.flatMap(p -> grants.find(uid, context.app().apiKey()));
            boolean self = viewer != null && viewer == uid && !standard;
            if (person.isPresent() && (self || grant.isPresent())) {
                found.add(rows.row(person.get(), grant, fields, visible(self)));
            }
        }
        return new ApiResult.Rows("user", found);
    }

    private java.util.Set<String> visible(boolean self) {
        if (standard) {
            return UserFields.STANDARD;
        }
        return self ? UserFields.SERVED : UserFields.PUBLIC;
    }

    /** "May not be used by Desktop applications or … session secret": a secret shipped in a program (15). */
    private static void refuseUnsafeCaller(CallContext context) {
        boolean appSigned = Signature.verify(context.request().params(),
                context.request().first(Signature.PARAM).orElse(null), context.app().secret());
        if (context.app().isDesktop() || !appSigned) {
            throw new ApiException(ApiError.SECURE_SESSION_REQUIRED);
        }
    }
}
