package org.townreform.fiscal.report;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.fiscal.config.Descriptions;

/** A town's fiscal year in one line, for dashboards (the gateway's fiscal year view). Money as decimal strings. */
@Type("FiscalYearView")
@Description("A town's fiscal year for dashboards: revenue, growth vs target, returns, disbursed, outstanding, overdue")
public record FiscalYearView(
        @Description(Descriptions.TOWN_CODE) @Schema(example = "441900113") String townCode,
        @Description(Descriptions.YEAR_FIELD) @Schema(example = "2026") int year,
        @Description(Descriptions.AS_OF_FIELD) LocalDate asOf,
        @Description("Months of the year counted (12 for a past year)") int throughMonth,
        @Description("Revenue (财政总收入: all money categories) of the months counted, "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal revenue,
        @Description("The previous year's revenue of the same months, "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal previousYearRevenue,
        @Description("Growth rate on the previous year (同比), a decimal string to 4 decimals (0.2500 for 25%); null without a previous year's revenue") @NumberFormat(value = "0.0000", locale = "en") @Schema(example = "\"0.2500\"") BigDecimal growth,
        @Description("The configured growth target (fiscal.growth-target, default 0.25: 财政总收入年均增长25%以上), a decimal string") @NumberFormat(value = "0.00##", locale = "en") @Schema(example = "\"0.25\"") BigDecimal growthTarget,
        @Description("growth ≥ growthTarget; null when there is no growth rate") Boolean meetsGrowthTarget,
        @Description("Returns payable for the months counted (sum of payable lines), "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal returns,
        @Description("Disbursed for the year's periods by asOf, "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal disbursed,
        @Description("Outstanding for the year's periods on asOf (sum of the positive amounts), "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal outstanding,
        @Description("Outstanding past the due date, not yet overdue, "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal late,
        @Description("Outstanding more than three months after its period, "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal overdue,
        @Description(Descriptions.YEAR_STATUS) @Schema(example = "OPEN") String yearStatus) {
}
