package org.townreform.fiscal.disbursement;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.fiscal.config.Descriptions;

/**
 * One period and earmark: what is computed for it (the payable lines, plus the settlement adjustment on December of a
 * settled year), what was disbursed by {@code asOf}, and what is outstanding, with its deadlines and status.
 */
@Type("OutstandingRow")
@Description("A period's return for one earmark against its disbursements")
public record OutstandingRow(
        @Description("The return period, YYYY-MM") @Schema(example = "2026-03") String period,
        @Description(Descriptions.EARMARK) @Schema(example = "城市更新") String earmark,
        @Description("Sum of the period's payable lines for this earmark (as issued, or provisional), "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal payable,
        @Description("Settlement adjustment (补 positive, 退 negative), on December of a settled year, 0.00 otherwise; "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal adjustment,
        @Description("What is owed: payable + adjustment, "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal computed,
        @Description("Disbursed for this period and earmark by asOf, "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal disbursed,
        @Description("computed − disbursed, " + Descriptions.YUAN
                + "; negative when more was disbursed than is now computed") @NumberFormat(value = "0.00", locale = "en") BigDecimal outstanding,
        @Description("End of the following month, moved to the next working day") LocalDate dueDate,
        @Description("Three months after the end of the period; outstanding after this day is overdue") LocalDate overdueAfter,
        @Description("True while a deadline reaches a year whose calendar is not loaded") boolean provisional,
        @Description("Where the period's return stands on asOf: DUE, LATE, OVERDUE, PAID, OVERPAID or NOTHING_DUE") DisbursementStatus status,
        @Description("True when the period's statement is issued (payable as issued); false while provisional (payable "
                + "computed now)") boolean issued) {
}
