package org.townreform.fiscal.returns;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import org.townreform.fiscal.ledger.RevenueCategory;
import org.townreform.fiscal.support.Amounts;

/**
 * One town's ledger for one year, summed by month and category (reversals included, in the month they are booked in).
 * Immutable once built; the database sums it (one query for many towns and years), the computation only reads it.
 */
public final class LedgerTotals {
    private final Map<RevenueCategory, BigDecimal[]> byCategory;

    private LedgerTotals(Map<RevenueCategory, BigDecimal[]> byCategory) {
        this.byCategory = byCategory;
    }

    public static LedgerTotals empty() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The month's total of a category (zero when nothing was booked). */
    public BigDecimal month(RevenueCategory category, int month) {
        checkMonth(month);
        BigDecimal[] months = byCategory.get(category);
        return months == null || months[month] == null ? Amounts.ZERO : months[month];
    }

    /** Year-to-date total of a category from January through {@code month} (0 gives zero: the start of the year). */
    public BigDecimal ytd(RevenueCategory category, int month) {
        BigDecimal sum = Amounts.ZERO;
        for (int m = 1; m <= month; m++) {
            sum = sum.add(month(category, m));
        }
        return sum;
    }

    /** Year-to-date total of several categories together. */
    public BigDecimal ytd(Collection<RevenueCategory> categories, int month) {
        BigDecimal sum = Amounts.ZERO;
        for (RevenueCategory c : categories) {
            sum = sum.add(ytd(c, month));
        }
        return sum;
    }

    /** The money categories (yuan) of a month together: 财政总收入 as the reports count it. */
    public BigDecimal moneyMonth(int month) {
        BigDecimal sum = Amounts.ZERO;
        for (RevenueCategory c : RevenueCategory.values()) {
            if (!c.isQuantity()) {
                sum = sum.add(month(c, month));
            }
        }
        return sum;
    }

    /** The money categories from January through {@code month}. */
    public BigDecimal moneyYtd(int month) {
        BigDecimal sum = Amounts.ZERO;
        for (int m = 1; m <= month; m++) {
            sum = sum.add(moneyMonth(m));
        }
        return sum;
    }

    private static void checkMonth(int month) {
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month " + month);
        }
    }

    public static final class Builder {
        private final Map<RevenueCategory, BigDecimal[]> byCategory = new EnumMap<>(RevenueCategory.class);

        public Builder add(int month, RevenueCategory category, BigDecimal amount) {
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("month " + month);
            }
            BigDecimal[] months = byCategory.computeIfAbsent(category, c -> new BigDecimal[13]);
            months[month] = months[month] == null ? amount : months[month].add(amount);
            return this;
        }

        public LedgerTotals build() {
            Map<RevenueCategory, BigDecimal[]> copy = new EnumMap<>(RevenueCategory.class);
            byCategory.forEach((k, v) -> copy.put(k, v.clone()));
            return new LedgerTotals(copy);
        }
    }
}
