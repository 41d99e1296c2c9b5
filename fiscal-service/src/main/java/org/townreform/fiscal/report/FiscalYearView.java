package org.townreform.fiscal.report;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;

/** A town's fiscal year in one line, for dashboards (the gateway's fiscal year view). Money as decimal strings. */
@Type("FiscalYearView")
@Description("A town's fiscal year for dashboards: revenue, growth vs target, returns, disbursed, outstanding, overdue")
public record FiscalYearView(
        String townCode,
        int year,
        LocalDate asOf,
        @Description("Months of the year counted (12 for a past year)") int throughMonth,
        @Description("Revenue (all money categories) of the months counted") @NumberFormat(value = "0.00", locale = "en") BigDecimal revenue,
        @Description("The previous year's revenue of the same months") @NumberFormat(value = "0.00", locale = "en") BigDecimal previousYearRevenue,
        @Description("Growth rate on the previous year, 4 decimals; null without a previous year") @NumberFormat(value = "0.0000", locale = "en") BigDecimal growth,
        @NumberFormat(value = "0.00##", locale = "en") BigDecimal growthTarget,
        Boolean meetsGrowthTarget,
        @Description("Returns payable for the months counted (sum of payable lines)") @NumberFormat(value = "0.00", locale = "en") BigDecimal returns,
        @Description("Disbursed for the year's periods by asOf") @NumberFormat(value = "0.00", locale = "en") BigDecimal disbursed,
        @Description("Outstanding for the year's periods on asOf") @NumberFormat(value = "0.00", locale = "en") BigDecimal outstanding,
        @Description("Outstanding past the due date, not yet overdue") @NumberFormat(value = "0.00", locale = "en") BigDecimal late,
        @Description("Outstanding more than three months after its period") @NumberFormat(value = "0.00", locale = "en") BigDecimal overdue,
        @Description("OPEN or SETTLED") String yearStatus) {
}
