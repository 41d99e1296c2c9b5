package org.townreform.fiscal.returns;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;
import org.townreform.fiscal.ledger.RevenueCategory;
import org.townreform.fiscal.policy.RuleKind;

/** A year's return lines per rule, through the last month begun. */
@Type("YearReturns")
@Description("A year's return lines per rule")
public record YearReturnsView(
        String townCode,
        int year,
        @Description("Months computed: 12 for a past year, the current month for this year") int throughMonth,
        PolicyRef policy,
        List<RuleLines> rules,
        @NumberFormat(value = "0.00", locale = "en") BigDecimal totalAmount,
        @NumberFormat(value = "0.00", locale = "en") BigDecimal totalPayable,
        String yearStatus) {

    @Type("RuleLines")
    @Description("One rule's monthly lines of a year")
    public record RuleLines(
            long ruleId,
            RuleKind kind,
            List<RevenueCategory> categories,
            String earmark,
            String description,
            List<ReturnLine> lines,
            @NumberFormat(value = "0.00", locale = "en") BigDecimal totalAmount,
            @NumberFormat(value = "0.00", locale = "en") BigDecimal totalPayable,
            @Description("Negative balance left after the last line, for the annual settlement") @NumberFormat(value = "0.00", locale = "en") BigDecimal carriedForward) {

        public static RuleLines of(RuleYear r) {
            return new RuleLines(r.rule().id(), r.rule().kind(), r.rule().categories(), r.rule().earmark(),
                    ReturnCalculator.describe(r.rule()), r.lines(), r.totalAmount(), r.totalPayable(),
                    r.carriedForward());
        }
    }

    public static YearReturnsView of(String townCode, YearReturns y, String yearStatus) {
        return new YearReturnsView(townCode, y.year(), y.throughMonth(), PolicyRef.of(y.policy()),
                y.rules().stream().map(RuleLines::of).toList(), y.totalAmount(), y.totalPayable(), yearStatus);
    }
}
