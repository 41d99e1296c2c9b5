package org.townreform.personnel.support;

import java.util.List;

import org.townreform.common.error.Problems;

/** Record ids as they arrive in paths and GraphQL arguments (strings), checked into numbers: 400 when they are not. */
public final class Ids {
    private Ids() {
    }

    public static long parse(String field, String value) {
        // no trimming: "%2042" is not record 42
        if (value == null || !value.matches("[0-9]{1,18}")) {
            throw Problems.invalid(field, "must be a record id (a positive whole number)");
        }
        return Long.parseLong(value);
    }

    public static List<Long> parseAll(String field, List<String> values) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > 500) {
            throw Problems.invalid(field, "at most 500 ids at once");
        }
        return values.stream().map(v -> parse(field, v)).toList();
    }
}
