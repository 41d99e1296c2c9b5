package org.townreform.fiscal.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.fiscal.config.Descriptions;
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
        @Description(Descriptions.TOWN_CODE) @Schema(example = "441900113") String townCode,
        @Description(Descriptions.YEAR_FIELD) @Schema(example = "2026") int year,
        @Description(Descriptions.AS_OF_FIELD) LocalDate asOf,
        @Description("Months of the year counted: 12 for a past year, asOf's month for the current one") int throughMonth,
        @Description("The periods counted, YYYY-MM") @Schema(example = "[\"2026-01\", \"2026-02\", \"2026-03\"]") List<String> months,
        @Description("Revenue per category (one row for every category) and month counted") List<CategoryRow> revenue,
        @Description("All money categories per month counted, "
                + Descriptions.YUAN) List<@NumberFormat(value = "0.00", locale = "en") BigDecimal> revenueByMonth,
        @Description("All money categories over the months counted (财政总收入 as the ledger knows it), "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal revenueTotal,
        @Description("Revenue growth on the same months of the previous year, against the target") Growth growth,
        @Description("The year's policy version: the one in force in the last month counted, else the last one in force before it, else the year's first; null when none holds in the year") PolicyRef policy,
        @Description("Returns per rule and month counted") List<RuleRow> returns,
        @Description("Sum of the return lines of the months counted, "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal returnsAmount,
        @Description("Sum of their payable figures: what may be disbursed, "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal returnsPayable,
        @Description("Per period and earmark, on asOf") List<OutstandingRow> disbursement,
        @Description("Totals over the disbursement rows: computed, disbursed, outstanding, due, late, overdue, overpaid") OutstandingSummary summary,
        @Description("Fixed amounts budgeted for the year by the policy (not returns)") List<PolicyView.Grant> grants,
        @Description(Descriptions.YEAR_STATUS) @Schema(example = "OPEN") String yearStatus,
        @Description("The settlement adjustment when the year is settled (positive 补, negative 退), " + Descriptions.YUAN
                + "; null while the year is open") @NumberFormat(value = "0.00", locale = "en") BigDecimal settlementAdjustment) {

    @Type("RevenueCategoryRow")
    @Description("One revenue category's ledger totals per month of the year report")
    public record CategoryRow(
            @Description("The revenue category (收入类别)") RevenueCategory category,
            @Description("YUAN, or MU for FARMLAND_RECLAIMED_MU") @Schema(example = "YUAN") String unit,
            @Description("The category's ledger total per month counted, as booked by asOf, in unit to 2 decimals, a decimal string") List<@NumberFormat(value = "0.00", locale = "en") BigDecimal> months,
            @Description("The category's total over the months counted, in unit to 2 decimals, a decimal string") @NumberFormat(value = "0.00", locale = "en") BigDecimal total) {
    }

    @Type("ReturnRuleRow")
    @Description("One sharing rule's returns per month of the year report")
    public record RuleRow(
            @Description(Descriptions.RULE_ID) long ruleId,
            @Description(Descriptions.RULE_KIND) RuleKind kind,
            @Description(Descriptions.CATEGORIES) List<RevenueCategory> categories,
            @Description(Descriptions.EARMARK) @Schema(example = "城市更新") String earmark,
            @Description(Descriptions.RULE_DESCRIPTION) String description,
            @Description("The rule's line amounts per month counted (carried lines in the month whose statement holds them), "
                    + Descriptions.YUAN) List<@NumberFormat(value = "0.00", locale = "en") BigDecimal> months,
            @Description("Sum of the rule's lines of the months counted, "
                    + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal totalAmount,
            @Description("Sum of the payable figures of those lines, "
                    + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal totalPayable,
            @Description("Negative balance left after the rule's last line, for the annual settlement (≤ 0), "
                    + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal carriedForward) {
    }
}
