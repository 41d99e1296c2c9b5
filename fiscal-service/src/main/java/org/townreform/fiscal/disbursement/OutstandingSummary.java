package org.townreform.fiscal.disbursement;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;
import org.townreform.fiscal.config.Descriptions;
import org.townreform.fiscal.support.Amounts;

/** Totals of outstanding rows, as dashboards show them. */
@Type("OutstandingSummary")
@Description("Totals over outstanding rows: computed, disbursed, outstanding, late and overdue amounts")
public record OutstandingSummary(
        @Description("Sum of the rows' computed amounts: what is owed, "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal computed,
        @Description("Sum of the rows' disbursed amounts, "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal disbursed,
        @Description("Sum of the positive outstanding amounts, "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal outstanding,
        @Description("Outstanding and not yet past the due date (rows DUE), "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal due,
        @Description("Outstanding past the due date, not yet overdue (rows LATE), "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal late,
        @Description("Outstanding more than three months after the period's end (rows OVERDUE), "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal overdue,
        @Description("Disbursed beyond what is now computed, to be recovered (rows with a negative outstanding), "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal overpaid) {

    public static OutstandingSummary of(List<OutstandingRow> rows) {
        BigDecimal computed = Amounts.ZERO, disbursed = Amounts.ZERO, outstanding = Amounts.ZERO, due = Amounts.ZERO,
                late = Amounts.ZERO, overdue = Amounts.ZERO, overpaid = Amounts.ZERO;
        for (OutstandingRow r : rows) {
            computed = computed.add(r.computed());
            disbursed = disbursed.add(r.disbursed());
            if (r.outstanding().signum() > 0) {
                outstanding = outstanding.add(r.outstanding());
            } else {
                overpaid = overpaid.subtract(r.outstanding());
            }
            switch (r.status()) {
                case DUE -> due = due.add(r.outstanding());
                case LATE -> late = late.add(r.outstanding());
                case OVERDUE -> overdue = overdue.add(r.outstanding());
                default -> {
                    // PAID, OVERPAID, NOTHING_DUE add nothing to the outstanding buckets
                }
            }
        }
        return new OutstandingSummary(computed, disbursed, outstanding, due, late, overdue, overpaid);
    }
}
