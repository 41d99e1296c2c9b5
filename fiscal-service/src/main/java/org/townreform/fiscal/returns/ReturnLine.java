package org.townreform.fiscal.returns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.fiscal.config.Descriptions;
import org.townreform.fiscal.ledger.RevenueCategory;
import org.townreform.fiscal.policy.RuleKind;
import org.townreform.fiscal.support.Amounts;

/**
 * A month's return under one rule (返还额), explaining itself: the rule and policy version, the ledger totals used, and the
 * formula with the numbers filled in, so a town can check the county's figure by hand.
 * <p>
 * A {@link #MONTH} line: {@code amount} is the rule's year-to-date return at the month, HALF_UP to 0.01, minus that at the
 * month before, rounded the same way (so the lines of a year add up to the rounded year-to-date total); it is negative
 * after a reversal. A {@link #CARRIED} line (结转: "carried from earlier periods") appears in a statement when the ledger
 * now says something else for the year's earlier months than the statements issued for them: {@code ytdReturn} is the
 * rule's return through the month before as the ledger now stands, {@code previousYtdReturn} what was issued for those
 * months, {@code amount} the difference.
 * <p>
 * A negative amount is never paid out: {@code carriedIn} is the negative balance brought from the rule's earlier lines of
 * the year, {@code payable = max(0, carriedIn + amount)} and {@code carriedOut = min(0, carriedIn + amount)} goes on to
 * the rule's next line (what is left at December is settled by the annual settlement).
 */
@Type("ReturnLine")
@Description("A month's return under one sharing rule, with its explanation")
public record ReturnLine(
        @Description("YYYY-MM: the month whose statement holds the line") @Schema(example = "2026-03") String period,
        @Description("MONTH: the month's own return; CARRIED_FROM_EARLIER_PERIODS: the difference between what the ledger "
                + "now says for the year's earlier months and what their issued statements said") @Schema(example = "MONTH") String lineType,
        @Description(Descriptions.RULE_ID) long ruleId,
        @Description(Descriptions.RULE_KIND) RuleKind ruleKind,
        @Description(Descriptions.CATEGORIES) List<RevenueCategory> categories,
        @Description(Descriptions.EARMARK) @Schema(example = "城市更新") String earmark,
        @Description("Id of the rule's policy version (Policy.id)") long policyId,
        @Description("The number of the rule's policy version within its town (Policy.versionNo)") int policyVersion,
        @Description("Year-to-date ledger total of the rule's categories through this month (yuan, or mu for PER_UNIT); "
                + "for a carried line, through the month before; a decimal string to 2 decimals") @NumberFormat(value = "0.00", locale = "en") BigDecimal ytdBase,
        @Description("The same through the month before (0.00 in January); for a carried line, the total the last "
                + "issued line of the rule used; yuan (mu for PER_UNIT), a decimal string to 2 decimals") @NumberFormat(value = "0.00", locale = "en") BigDecimal previousYtdBase,
        @Description("Year-to-date return through this month, HALF_UP to 0.01; for a carried line, the rule's return "
                + "through the month before as the ledger now stands; yuan, a decimal string") @NumberFormat(value = "0.00", locale = "en") BigDecimal ytdReturn,
        @Description("Year-to-date return through the month before, HALF_UP to 0.01 (for the first month of a policy "
                + "version, that version's rule on the figures through the month before it began); for a carried "
                + "line, what the issued statements gave for those months; yuan, a decimal string") @NumberFormat(value = "0.00", locale = "en") BigDecimal previousYtdReturn,
        @Description("The line's return: ytdReturn − previousYtdReturn, " + Descriptions.YUAN
                + "; negative after reversals") @NumberFormat(value = "0.00", locale = "en") BigDecimal amount,
        @Description("Negative balance of this rule's earlier lines brought into this line (≤ 0), "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal carriedIn,
        @Description("What may be disbursed for this line: max(0, carriedIn + amount), "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal payable,
        @Description("Negative balance carried to the rule's next line: min(0, carriedIn + amount) (≤ 0), "
                + Descriptions.YUAN) @NumberFormat(value = "0.00", locale = "en") BigDecimal carriedOut,
        @Description("The computation with the numbers filled in, e.g. 0.80 × 1,250,000.00 = 1,000,000.00, both year-to-date figures, the difference and the netting") String formula,
        @Description("Which rule of which policy version, and the ledger totals it used") String explanation,
        @Description("True when the line is part of an issued statement (a stored document that never changes); false "
                + "for a line computed now (provisional)") boolean issued,
        @Description("The day its statement was issued; null while provisional") LocalDate issuedOn) {

    public static final String MONTH = "MONTH";
    public static final String CARRIED = "CARRIED_FROM_EARLIER_PERIODS";

    public boolean carried() {
        return CARRIED.equals(lineType);
    }

    /** The same line with its netting redone from {@code in} (≤ 0), placed in the statement of {@code statementPeriod}. */
    public ReturnLine netted(String statementPeriod, BigDecimal in) {
        BigDecimal balance = in.add(amount);
        BigDecimal pay = balance.signum() > 0 ? balance : Amounts.ZERO;
        BigDecimal out = balance.signum() < 0 ? balance : Amounts.ZERO;
        String text = formula == null ? null : withNetting(formula.split(NETTING, 2)[0], in, amount, pay, out);
        return new ReturnLine(statementPeriod, lineType, ruleId, ruleKind, categories, earmark, policyId,
                policyVersion, ytdBase, previousYtdBase, ytdReturn, previousYtdReturn, amount, in, pay, out, text,
                explanation, issued, issuedOn);
    }

    private static final String NETTING = "; payable = ";

    /** A formula's netting part, written only when there is something to net. */
    public static String withNetting(String core, BigDecimal in, BigDecimal amount, BigDecimal payable,
            BigDecimal out) {
        return core + (in.signum() == 0 && amount.signum() >= 0
                ? ""
                : NETTING + "max(0, " + Amounts.money(in) + " carried + " + Amounts.money(amount) + ") = "
                        + Amounts.money(payable) + ", carried on " + Amounts.money(out));
    }

    /** The same line as part of a statement issued on {@code day}. */
    public ReturnLine asIssued(LocalDate day) {
        return new ReturnLine(period, lineType, ruleId, ruleKind, categories, earmark, policyId, policyVersion, ytdBase,
                previousYtdBase, ytdReturn, previousYtdReturn, amount, carriedIn, payable, carriedOut, formula,
                explanation, true, day);
    }
}
