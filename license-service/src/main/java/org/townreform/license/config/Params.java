package org.townreform.license.config;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.townreform.common.error.Problems;
import org.townreform.common.id.TownCode;
import org.townreform.common.time.BusinessDates;

/**
 * Query and path parameters taken as text and parsed here, so a wrong value is a 400 that names the parameter (JAX-RS
 * would answer 404 for a query parameter it cannot convert).
 */
public final class Params {
    private Params() {
    }

    public static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.invalid(field, "'" + value + "' is not one of: "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    public static LocalDate date(String field, String value) {
        return BusinessDates.date(field, value);
    }

    public static long id(String field, String value) {
        // digits only, no trimming: "%2051" is not record 51
        if (value == null || !value.matches("[0-9]{1,18}")) {
            throw Problems.invalid(field, "must be a number");
        }
        long id = Long.parseLong(value);
        if (id < 1) {
            throw Problems.invalid(field, "must be a positive number");
        }
        return id;
    }

    /** A town code from a path: nine digits (400 otherwise, rather than an empty list for a town that cannot exist). */
    public static String townCode(String field, String value) {
        if (value == null || !value.matches(TownCode.REGEX)) {
            throw Problems.invalid(field, "must be a 9-digit township division code");
        }
        return value;
    }
}
