package org.restauth.core.request;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What a parameter set must look like before anything reads it: no empty key, no key or value longer than
 * the limits, no key twice. Each breach is error 100 ("Invalid parameter").
 *
 * <p>Duplicates are refused rather than resolved: client libraries disagree on which of two equal keys
 * they sign (first, last, both), so any choice here would accept a call that some client meant differently.
 * A duplicated {@code sig} is refused for the same reason.
 *
 * @param maxKeyLength longest key, in chars
 * @param maxValueLength longest value, in chars
 */
public record InputRules(int maxKeyLength, int maxValueLength) {
    /** Keys of the protocol are under 32 chars; 4096 leaves room for any value a client of the era sent. */
    public static final InputRules DEFAULT = new InputRules(128, 4096);
    private static final int PAIRWISE_UP_TO = 16;

    public InputRules {
        if (maxKeyLength < 1 || maxValueLength < 1) {
            throw new IllegalArgumentException("maxKeyLength and maxValueLength must be at least 1");
        }
    }

    /** Whether every parameter passes; the first breach decides. */
    public boolean accepts(List<Param> params) {
        for (Param p : params) {
            if (p.key().isEmpty() || p.key().length() > maxKeyLength || p.value().length() > maxValueLength) {
                return false;
            }
        }
        return keysAreDistinct(params);
    }

    /** A real call has a handful of keys: comparing each pair is cheaper than filling a hash set. */
    private static boolean keysAreDistinct(List<Param> params) {
        int n = params.size();
        if (n > PAIRWISE_UP_TO) {
            Set<String> seen = new HashSet<>(n * 2);
            return params.stream().allMatch(p -> seen.add(p.key()));
        }
        for (int i = 1; i < n; i++) {
            String key = params.get(i).key();
            for (int j = 0; j < i; j++) {
                if (params.get(j).key().equals(key)) {
                    return false;
                }
            }
        }
        return true;
    }
}
