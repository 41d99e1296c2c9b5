package org.townreform.fiscal.disbursement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.townreform.fiscal.returns.ReturnLine;
import org.townreform.fiscal.statement.MonthStatement;
import org.townreform.fiscal.statement.StatementYear;
import org.townreform.fiscal.support.Amounts;

/**
 * Outstanding = computed − disbursed, per period and earmark (SPEC §3.4), pure. Computed is the sum of the period's
 * payable lines of that earmark; the settlement adjustment of a settled year is added to its December.
 */
public final class OutstandingCalculator {
    private OutstandingCalculator() {
    }

    /** A period and an earmark ({@code null}: general purpose). */
    public record Key(YearMonth period, String earmark) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::period)
            .thenComparing(Key::earmark, Comparator.nullsFirst(Comparator.naturalOrder()));

    /**
     * Rows for every period and earmark that has something computed, adjusted or disbursed, in period order.
     *
     * @param years the years' statements
     * @param adjustments settlement adjustments by year and earmark (settled years only)
     * @param disbursed disbursed amounts by period and earmark (by {@code asOf})
     * @param deadlines the deadlines of a period
     */
    public static List<OutstandingRow> rows(List<StatementYear> years, Map<Integer, Map<String, BigDecimal>> adjustments,
            Map<Key, BigDecimal> disbursed, LocalDate asOf,
            Function<YearMonth, DisbursementSchedule.Deadlines> deadlines) {
        Map<Key, BigDecimal[]> acc = new TreeMap<>(ORDER); // [payable, adjustment, disbursed]
        java.util.Set<YearMonth> issued = new java.util.HashSet<>();
        for (StatementYear y : years) {
            for (MonthStatement st : y.months()) {
                if (st.issued()) {
                    issued.add(YearMonth.of(st.year(), st.month()));
                }
                for (ReturnLine l : st.lines()) {
                    BigDecimal[] s = slot(acc, new Key(YearMonth.of(st.year(), st.month()), l.earmark()));
                    s[0] = s[0].add(l.payable());
                }
            }
        }
        adjustments.forEach((year, byEarmark) -> byEarmark.forEach((earmark, amount) -> {
            BigDecimal[] s = slot(acc, new Key(YearMonth.of(year, 12), earmark));
            s[1] = s[1].add(amount);
        }));
        disbursed.forEach((key, amount) -> {
            BigDecimal[] s = slot(acc, key);
            s[2] = s[2].add(amount);
        });
        List<OutstandingRow> rows = new ArrayList<>();
        acc.forEach((key, s) -> {
            BigDecimal computed = s[0].add(s[1]);
            if (computed.signum() == 0 && s[2].signum() == 0) {
                return;
            }
            DisbursementSchedule.Deadlines d = deadlines.apply(key.period());
            rows.add(new OutstandingRow(key.period().toString(), key.earmark(), s[0], s[1], computed, s[2],
                    computed.subtract(s[2]), d.dueDate(), d.overdueAfter(), d.provisional(),
                    DisbursementSchedule.status(computed, s[2], asOf, d), issued.contains(key.period())));
        });
        return rows;
    }

    private static BigDecimal[] slot(Map<Key, BigDecimal[]> acc, Key key) {
        return acc.computeIfAbsent(key, k -> new BigDecimal[]{Amounts.ZERO, Amounts.ZERO, Amounts.ZERO});
    }
}
