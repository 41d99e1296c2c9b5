package org.townreform.fiscal.policy;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.townreform.fiscal.ledger.RevenueCategory;

/**
 * A rule of a new policy version. By kind: EXCESS_OVER_BASELINE needs {@code rate}, {@code baseline} (the base year's annual
 * revenue of the categories) and {@code baseYear}; PROPORTIONAL needs {@code rate}; FULL_RETURN needs nothing (rate 1);
 * PER_UNIT needs {@code unitAmount} and reads FARMLAND_RECLAIMED_MU only.
 */
@Input("NewRule")
@Description("A sharing rule: kind, categories and the figures of its kind")
public record NewRule(
        @NotNull RuleKind kind,
        @NotNull @Size(min = 1, max = 8) List<@NotNull RevenueCategory> categories,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Digits(integer = 1, fraction = 4) @Description("0 < rate ≤ 1, up to 4 decimals") BigDecimal rate,
        @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Description("EXCESS_OVER_BASELINE: the base year's annual revenue of the categories") BigDecimal baseline,
        @Description("EXCESS_OVER_BASELINE: the base year, e.g. 2008") Integer baseYear,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 16, fraction = 2) @Description("PER_UNIT: yuan per mu") BigDecimal unitAmount,
        @Size(min = 1, max = 100) @Description("专项用途, kept through disbursement") String earmark,
        @Size(max = 200) String label) {
}
