package org.townreform.fiscal.settlement;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.fiscal.config.Descriptions;
import org.townreform.fiscal.ledger.RevenueCategory;
import org.townreform.fiscal.policy.RuleKind;

/**
 * One rule's annual settlement (决算): the return computed on the year's annual figures against what the year's issued
 * statements made payable and what earlier settlements of the year already adjusted; the difference is the adjustment,
 * positive 补 (the county pays more), negative 退 (the town gives back).
 */
@Type("SettlementLine")
@Description("One rule's annual return against the year's issued statements")
public record SettlementLine(
        @Description(Descriptions.RULE_ID) long ruleId,
        @Description(Descriptions.RULE_KIND) RuleKind ruleKind,
        @Description(Descriptions.CATEGORIES) List<RevenueCategory> categories,
        @Description(Descriptions.EARMARK) @Schema(example = "城市更新") String earmark,
        @Description("The year's ledger total of the rule's categories (through the last month its version is in force); yuan (mu for PER_UNIT), a decimal string") @NumberFormat(value = "0.00", locale = "en") BigDecimal annualBase,
        @Description("The rule applied to the annual figures, HALF_UP to 0.01 (for a version in force part of the year, "
                + "its increment over its months), "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal annualReturn,
        @Description("Sum of the rule's lines in the year's issued statements (carried lines and negative lines included), "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal monthlyAmount,
        @Description("Sum of the rule's payable figures in the year's issued statements, "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal monthlyPayable,
        @Description("What the year's earlier settlements (reopened since) adjusted for this rule, "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal previousAdjustments,
        @Description("annualReturn − monthlyPayable − previousAdjustments: positive 补, negative 退, "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal adjustment,
        @Description("SUPPLEMENT (补), REFUND (退) or NONE") @Schema(example = "SUPPLEMENT") String adjustmentKind,
        @Description("The computation with the numbers filled in: the annual return, the statements' payable, earlier adjustments and the difference") String formula,
        @Description("The policy version of the rule") Long policyId) {
}
