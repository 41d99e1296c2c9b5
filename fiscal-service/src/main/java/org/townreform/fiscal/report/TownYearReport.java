package org.townreform.fiscal.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;
import org.townreform.fiscal.disbursement.OutstandingRow;
import org.townreform.fiscal.disbursement.OutstandingSummary;
import org.townreform.fiscal.ledger.RevenueCategory;
import org.townreform.fiscal.policy.PolicyView;
import org.townreform.fiscal.policy.RuleKind;
import org.townreform.fiscal.returns.PolicyRef;

/** The report of a town's year (SPEC §3.6), also exported as CSV. */
@Type("TownYearReport")
@Description("Revenue by category and month, growth vs target, returns by rule, disbursed, outstanding, overdue")
public record TownYearReport(
        String townCode,
        int year,
        LocalDate asOf,
        int throughMonth,
        @Description("The periods counted, YYYY-MM") List<String> months,
        List<CategoryRow> revenue,
        @Description("All money categories per month") List<@NumberFormat(value = "0.00", locale = "en") BigDecimal> revenueByMonth,
        @NumberFormat(value = "0.00", locale = "en") BigDecimal revenueTotal,
        Growth growth,
        PolicyRef policy,
        List<RuleRow> returns,
        @NumberFormat(value = "0.00", locale = "en") BigDecimal returnsAmount,
        @NumberFormat(value = "0.00", locale = "en") BigDecimal returnsPayable,
        @Description("Per period and earmark, on asOf") List<OutstandingRow> disbursement,
        OutstandingSummary summary,
        @Description("Fixed amounts budgeted for the year by the policy (not returns)") List<PolicyView.Grant> grants,
        String yearStatus,
        @Description("The settlement adjustment when the year is settled") @NumberFormat(value = "0.00", locale = "en") BigDecimal settlementAdjustment) {

    @Type("RevenueCategoryRow")
    public record CategoryRow(RevenueCategory category, String unit,
            List<@NumberFormat(value = "0.00", locale = "en") BigDecimal> months,
            @NumberFormat(value = "0.00", locale = "en") BigDecimal total) {
    }

    @Type("ReturnRuleRow")
    public record RuleRow(long ruleId, RuleKind kind, List<RevenueCategory> categories, String earmark,
            String description, List<@NumberFormat(value = "0.00", locale = "en") BigDecimal> months,
            @NumberFormat(value = "0.00", locale = "en") BigDecimal totalAmount,
            @NumberFormat(value = "0.00", locale = "en") BigDecimal totalPayable,
            @NumberFormat(value = "0.00", locale = "en") BigDecimal carriedForward) {
    }
}
