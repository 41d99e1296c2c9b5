package org.townreform.fiscal.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.fiscal.config.Descriptions;

/**
 * Revenue growth on the previous year over the same months (同比), against the target "财政总收入年均增长25%以上". Revenue
 * here is 财政总收入 as the ledger knows it: every money category together (reclaimed farmland, in mu, is not revenue).
 */
@Type("Growth")
@Description("Revenue growth on the same months of the previous year, against the configured target")
public record Growth(
        @Description("Months compared: January through this month of both years") int months,
        @Description("Revenue (财政总收入: all money categories) of those months, "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal revenue,
        @Description("The previous year's revenue of the same months, "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal previousYearRevenue,
        @Description("(revenue − previous) / previous, 4 decimals HALF_UP, a decimal string; null when the previous year had none") @NumberFormat(value = "0.0000", locale = "en") @Schema(example = "\"0.2500\"") BigDecimal rate,
        @Description("The configured target (fiscal.growth-target, default 0.25), a decimal string") @NumberFormat(value = "0.00##", locale = "en") @Schema(example = "\"0.25\"") BigDecimal target,
        @Description("rate ≥ target; null when there is no rate") Boolean meetsTarget) {

    public static Growth of(int months, BigDecimal revenue, BigDecimal previous, BigDecimal target) {
        BigDecimal rate = previous.signum() <= 0
                ? null
                : revenue.subtract(previous).divide(previous, 4, RoundingMode.HALF_UP);
        return new Growth(months, revenue, previous, rate, target, rate == null ? null : rate.compareTo(target) >= 0);
    }
}
