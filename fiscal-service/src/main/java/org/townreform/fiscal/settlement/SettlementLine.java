package org.townreform.fiscal.settlement;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;
import org.townreform.fiscal.ledger.RevenueCategory;
import org.townreform.fiscal.policy.RuleKind;

/**
 * One rule's annual settlement (决算): the return computed on the year's annual figures against the sum of its monthly
 * payable lines; the difference is the adjustment, positive 补 (the county pays more), negative 退 (the town gives back).
 */
@Type("SettlementLine")
@Description("One rule's annual return against the sum of its monthly lines")
public record SettlementLine(
        long ruleId,
        RuleKind ruleKind,
        List<RevenueCategory> categories,
        String earmark,
        @Description("The year's ledger total of the rule's categories") @NumberFormat(value = "0.00", locale = "en") BigDecimal annualBase,
        @Description("The rule applied to the annual figures, HALF_UP to 0.01") @NumberFormat(value = "0.00", locale = "en") BigDecimal annualReturn,
        @Description("Sum of the twelve monthly lines (may be negative lines included)") @NumberFormat(value = "0.00", locale = "en") BigDecimal monthlyAmount,
        @Description("Sum of the twelve monthly payable figures") @NumberFormat(value = "0.00", locale = "en") BigDecimal monthlyPayable,
        @Description("annualReturn − monthlyPayable: positive 补, negative 退") @NumberFormat(value = "0.00", locale = "en") BigDecimal adjustment,
        @Description("SUPPLEMENT (补), REFUND (退) or NONE") String adjustmentKind,
        String formula) {
}
