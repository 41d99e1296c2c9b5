package org.townreform.license.config;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.townreform.common.error.Problems;
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
        try {
            long id = Long.parseLong(value.trim());
            if (id < 1) {
                throw Problems.invalid(field, "must be a positive number");
            }
            return id;
        } catch (NumberFormatException | NullPointerException e) {
            throw Problems.invalid(field, "must be a number");
        }
    }
}
