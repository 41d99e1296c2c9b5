package org.townreform.personnel.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The limit on EXCELLENT grades (SPEC §2.5): at most {@code share} of those assessed in a unit and year, rounded down, but
 * at least one when {@code minimumAssessed} (default 5) or more are assessed. Pure.
 */
public final class ExcellentShare {
    private ExcellentShare() {
    }

    public static int maxExcellent(int assessed, BigDecimal share, int minimumAssessed) {
        if (assessed <= 0) {
            return 0;
        }
        int byShare = BigDecimal.valueOf(assessed).multiply(share).setScale(0, RoundingMode.FLOOR).intValueExact();
        return assessed >= minimumAssessed ? Math.max(1, byShare) : byShare;
    }

    /** Whether one more EXCELLENT fits, with {@code assessed} counting the assessment being entered. */
    public static boolean roomForOneMore(int excellentNow, int assessed, BigDecimal share, int minimumAssessed) {
        return excellentNow + 1 <= maxExcellent(assessed, share, minimumAssessed);
    }
}
