package org.restauth.core.api;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** uid parameters: positive decimal integers below 2^31 (one old client parses uids as ints); else error 100. */
final class Uids {
    /** users.getInfo's cap on {@code uids} (docs/protocol.md §11: "SHOULD cap at 1000"). */
    static final int MAX = 1000;

    private Uids() {
    }

    static long one(String value) {
        if (value.isEmpty() || value.length() > 10 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ListParam.invalid();
        }
        long uid = Long.parseLong(value);
        if (uid <= 0 || uid > Integer.MAX_VALUE) {
            throw ListParam.invalid();
        }
        return uid;
    }

    /** Each uid once, in request order; at least one. */
    static List<Long> list(String value) {
        Set<Long> uids = new LinkedHashSet<>();
        for (String item : ListParam.parse(value, MAX)) {
            uids.add(one(item));
        }
        if (uids.isEmpty()) {
            throw ListParam.invalid();
        }
        return List.copyOf(uids);
    }
}
