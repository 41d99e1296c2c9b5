package org.townreform.personnel.support;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.townreform.common.error.Problems;
import org.townreform.common.time.BusinessDates;

/** Query parameters as they arrive (strings), checked: a clear 400 naming the parameter, never a 404 or 500. */
public final class Params {
    private Params() {
    }

    public static <E extends Enum<E>> E enumValue(String field, Class<E> type, String value) {
        String v = Text.trimToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, v);
        } catch (IllegalArgumentException e) {
            throw Problems.invalid(field, "'" + v + "' is not one of: "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    public static LocalDate date(String field, String value) {
        return BusinessDates.date(field, value);
    }

    public static Integer year(String field, String value) {
        String v = Text.trimToNull(value);
        if (v == null) {
            return null;
        }
        if (!v.matches("[0-9]{4}")) {
            throw Problems.invalid(field, "must be a year such as 2025");
        }
        return Integer.parseInt(v);
    }

    public static Integer limit(String value) {
        String v = Text.trimToNull(value);
        if (v == null) {
            return null;
        }
        if (!v.matches("-?[0-9]{1,9}")) {
            throw Problems.invalid("limit", "must be a whole number");
        }
        return Integer.parseInt(v);
    }

    public static boolean bool(String field, String value, boolean fallback) {
        String v = Text.trimToNull(value);
        if (v == null) {
            return fallback;
        }
        if (!v.equals("true") && !v.equals("false")) {
            throw Problems.invalid(field, "must be true or false");
        }
        return Boolean.parseBoolean(v);
    }
}
