package org.townreform.fiscal.returns;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;
import org.townreform.fiscal.disbursement.OutstandingRow;

/**
 * A month's return lines as computed now from the ledger, and, per earmark, what has been disbursed against them: when new
 * entries change a line after money went out, {@code disbursement[].outstanding} shows the difference (negative: more was
 * disbursed than is now computed).
 */
@Type("PeriodReturns")
@Description("A month's return lines, computed now, with what was disbursed against them")
public record PeriodReturnsView(
        String townCode,
        @Description("YYYY-MM") String period,
        @Description("The policy version used; null when none holds for the year") PolicyRef policy,
        List<ReturnLine> lines,
        @NumberFormat(value = "0.00", locale = "en") BigDecimal totalAmount,
        @NumberFormat(value = "0.00", locale = "en") BigDecimal totalPayable,
        @Description("Per earmark: payable now, disbursed, outstanding (the difference), deadlines") List<OutstandingRow> disbursement,
        @Description("OPEN or SETTLED: whether the year is closed by a settlement") String yearStatus) {
}
