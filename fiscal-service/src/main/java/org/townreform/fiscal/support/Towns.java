package org.townreform.fiscal.support;

import java.util.Arrays;

import org.townreform.common.error.Problems;
import org.townreform.common.id.TownCode;
import org.townreform.fiscal.ledger.RevenueCategory;

/** Checks of path and query values shared by the resources and GraphQL APIs. */
public final class Towns {
    private Towns() {
    }

    /** A town code from a path or argument: nine digits, or 400. */
    public static String check(String code) {
        if (code == null || !code.matches(TownCode.REGEX)) {
            throw Problems.invalid("code", "must be a 9-digit township division code");
        }
        return code;
    }

    public static RevenueCategory category(String value) {
        try {
            return RevenueCategory.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw Problems.invalid("category",
                    "'" + value + "' is not one of: " + String.join(", ",
                            Arrays.stream(RevenueCategory.values()).map(Enum::name).toList()));
        }
    }
}
