package org.townreform.fiscal.support;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Money arithmetic and the way figures are written in explanations: exact decimals, HALF_UP to 0.01 per line. */
public final class Amounts {
    public static final BigDecimal ZERO = new BigDecimal("0.00");
    private static final ThreadLocal<DecimalFormat> MONEY = formatter("#,##0.00");
    private static final ThreadLocal<DecimalFormat> EXACT = formatter("#,##0.00##########");
    private static final ThreadLocal<DecimalFormat> RATE = formatter("0.00##");

    private Amounts() {
    }

    /** HALF_UP to 0.01 yuan: the rounding of every computed line (SPEC §1). */
    public static BigDecimal round(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    /** 1,250,000.00 (money, rounded), grouped for reading. */
    public static String money(BigDecimal v) {
        return MONEY.get().format(round(v));
    }

    /** An exact intermediate figure: at least two decimals, all significant ones shown (812.508125). */
    public static String exact(BigDecimal v) {
        return EXACT.get().format(v);
    }

    /** A rate as written in a formula: 0.80, 1.00, 0.625. */
    public static String rate(BigDecimal v) {
        return RATE.get().format(v);
    }

    /**
     * One formatter per pattern and thread: a {@link DecimalFormat} is not thread-safe, and building one (pattern and
     * symbols) cost more than the formatting itself; every computed line writes several figures.
     */
    private static ThreadLocal<DecimalFormat> formatter(String pattern) {
        return ThreadLocal.withInitial(() -> {
            DecimalFormat f = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.ROOT));
            f.setRoundingMode(RoundingMode.HALF_UP);
            return f;
        });
    }

    public static BigDecimal nz(BigDecimal v) {
        return v == null ? ZERO : v;
    }
}
