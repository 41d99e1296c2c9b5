package org.townreform.fiscal.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.fiscal.config.Descriptions;
import org.townreform.fiscal.ledger.RevenueCategory;
import org.townreform.fiscal.policy.RuleKind;
import org.townreform.fiscal.statement.StatementYear;
import org.townreform.fiscal.support.Amounts;

/**
 * A year's return lines per rule, through the last month begun: issued months as their statements were issued, the other
 * months provisional.
 */
@Type("YearReturns")
@Description("A year's return lines per rule (issued months as issued, the others provisional)")
public record YearReturnsView(
        @Description(Descriptions.TOWN_CODE) @Schema(example = "441900113") String townCode,
        @Description(Descriptions.YEAR_FIELD) @Schema(example = "2026") int year,
        @Description("Months computed: 12 for a past year, the current month for this year") int throughMonth,
        @Description("The version in force in the last month computed (see policies for all the year's versions)") PolicyRef policy,
        @Description("Per rule of the year's policy versions (and any rule with lines carried into the year's statements), its lines") List<RuleLines> rules,
        @Description("Sum of every line of the year's months computed, "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal totalAmount,
        @Description("Sum of the payable figures of those lines: what may be disbursed, "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal totalPayable,
        @Description(Descriptions.YEAR_STATUS) @Schema(example = "OPEN") String yearStatus,
        @Description("Every policy version in force in some month of the year, oldest first") List<PolicyRef> policies,
        @Description("Per month: whether its statement is issued, and its totals") List<MonthTotals> statements) {

    @Type("RuleLines")
    @Description("One rule's monthly lines of a year")
    public record RuleLines(
            @Description(Descriptions.RULE_ID) long ruleId,
            @Description(Descriptions.RULE_KIND) RuleKind kind,
            @Description(Descriptions.CATEGORIES) List<RevenueCategory> categories,
            @Description(Descriptions.EARMARK) @Schema(example = "城市更新") String earmark,
            @Description(Descriptions.RULE_DESCRIPTION
                    + "; for a rule whose version no longer holds in the year, says so") String description,
            @Description("The rule's month lines, for the months its policy version is in force") List<ReturnLine> lines,
            @Description("Sum of the rule's lines of the year (carried lines included), "
                    + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal totalAmount,
            @Description("Sum of the payable figures of those lines, "
                    + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal totalPayable,
            @Description("Negative balance left after the last line, for the annual settlement (≤ 0), "
                    + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal carriedForward,
            @Description("The rule's 'carried from earlier periods' lines, in the statements that hold them") List<ReturnLine> carried,
            @Description("The policy version of the rule") Long policyId) {
    }

    @Type("MonthStatementTotals")
    @Description("A month's statement in the year view: issued or provisional, and its totals")
    public record MonthTotals(
            @Description(Descriptions.PERIOD) @Schema(example = "2026-03") String period,
            @Description("True when the month's statement is issued (a stored document); false while provisional") boolean issued,
            @Description("The day the statement was issued; null while provisional") LocalDate issuedOn,
            @Description("The issued statement's id (ReturnStatement.id); null while provisional") Long statementId,
            @Description("Sum of the month statement's line amounts, "
                    + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal totalAmount,
            @Description("Sum of its payable figures, "
                    + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal totalPayable) {
    }

    public static YearReturnsView of(String townCode, YearReturns y, StatementYear s, String yearStatus) {
        Map<Long, String> descriptions = new LinkedHashMap<>();
        Map<Long, Long> policyOf = new LinkedHashMap<>();
        for (RuleYear r : y.rules()) {
            descriptions.put(r.rule().id(), ReturnCalculator.describe(r.rule()));
            policyOf.put(r.rule().id(), r.policy().policyId());
        }
        Map<Long, List<ReturnLine>> byRule = new LinkedHashMap<>();
        for (Long id : descriptions.keySet()) {
            byRule.put(id, new ArrayList<>());
        }
        for (ReturnLine l : s.lines()) {
            byRule.computeIfAbsent(l.ruleId(), k -> new ArrayList<>()).add(l);
        }
        List<RuleLines> rules = new ArrayList<>();
        byRule.forEach((id, lines) -> {
            if (lines.isEmpty() && !descriptions.containsKey(id)) {
                return;
            }
            ReturnLine model = lines.isEmpty() ? null : lines.get(0);
            RuleYear r = y.rules().stream().filter(x -> x.rule().id() == id).findFirst().orElse(null);
            RuleKind kind = r != null ? r.rule().kind() : model.ruleKind();
            List<RevenueCategory> categories = r != null ? r.rule().categories() : model.categories();
            String earmark = r != null ? r.rule().earmark() : model.earmark();
            BigDecimal amount = lines.stream().map(ReturnLine::amount).reduce(Amounts.ZERO, BigDecimal::add);
            BigDecimal payable = lines.stream().map(ReturnLine::payable).reduce(Amounts.ZERO, BigDecimal::add);
            BigDecimal forward = lines.isEmpty() ? Amounts.ZERO : lines.get(lines.size() - 1).carriedOut();
            rules.add(new RuleLines(id, kind, categories, earmark,
                    descriptions.getOrDefault(id, "rule #" + id + " (its version is no longer in force for "
                            + y.year() + ")"),
                    lines.stream().filter(l -> !l.carried()).toList(), amount, payable, forward,
                    lines.stream().filter(ReturnLine::carried).toList(),
                    policyOf.getOrDefault(id, model == null ? null : model.policyId())));
        });
        List<MonthTotals> months = s.months().stream().map(m -> new MonthTotals(m.period(), m.issued(), m.issuedOn(),
                m.id(), m.totalAmount(), m.totalPayable())).toList();
        return new YearReturnsView(townCode, y.year(), y.throughMonth(), PolicyRef.of(y.policy()), rules,
                s.totalAmount(), s.totalPayable(), yearStatus, y.policies().stream().map(PolicyRef::of).toList(),
                months);
    }
}
