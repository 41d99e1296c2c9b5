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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.fiscal.config.Descriptions;
import org.townreform.fiscal.ledger.RevenueCategory;

/**
 * A rule of a new policy version. By kind: EXCESS_OVER_BASELINE needs {@code rate}, {@code baseline} (the base year's annual
 * revenue of the categories) and {@code baseYear}; PROPORTIONAL needs {@code rate}; FULL_RETURN needs nothing (rate 1);
 * PER_UNIT needs {@code unitAmount} and reads FARMLAND_RECLAIMED_MU only.
 */
@Input("NewRule")
@Description("A sharing rule: kind, categories and the figures of its kind")
public record NewRule(
        @NotNull @Description(Descriptions.RULE_KIND
                + "; it says which of rate, baseline, baseYear and unitAmount are given") RuleKind kind,
        @NotNull @Size(min = 1, max = 8) @Description("The revenue categories the rule reads, 1 to 8; a PER_UNIT rule reads FARMLAND_RECLAIMED_MU alone, and no other kind reads it; MINING_RIGHTS only in a PROPORTIONAL rule at no less than fiscal.mining-rights-minimum-rate (50%) or a FULL_RETURN rule (MINING_RIGHTS_RATE_TOO_LOW)") List<@NotNull RevenueCategory> categories,
        @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") @Digits(integer = 1, fraction = 4) @Description("The share returned, 0 < rate ≤ 1, up to 4 decimals, a decimal string (e.g. \"0.80\"): required for EXCESS_OVER_BASELINE and PROPORTIONAL, absent (or 1) for FULL_RETURN, absent for PER_UNIT") @Schema(example = "\"0.60\"") BigDecimal rate,
        @DecimalMin("0") @Digits(integer = 16, fraction = 2) @Description("EXCESS_OVER_BASELINE (required, absent otherwise): the base year's annual revenue of the categories, "
                + Descriptions.YUAN_IN) BigDecimal baseline,
        @Description("EXCESS_OVER_BASELINE (required, absent otherwise): the base year, before the version's first year, e.g. 2008") @Schema(example = "2022") Integer baseYear,
        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 16, fraction = 2) @Description("PER_UNIT (required, absent otherwise): yuan per mu of reclaimed farmland, with at most 2 decimals, sent as a decimal string (e.g. \"5000.00\")") BigDecimal unitAmount,
        @Size(min = 1, max = 100) @Description("专项用途 (earmark) the return is kept for, kept through disbursement, up to 100 characters; absent for general-purpose returns") @Schema(example = "城市更新") String earmark,
        @Size(max = 200) @Description("A label for the rule (e.g. 土地出让净收益全额返还), up to 200 characters; optional") @Schema(example = "以2022年为基数，超收部分返还60%（演示）") String label) {
}
