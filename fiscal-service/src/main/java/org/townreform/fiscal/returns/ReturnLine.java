package org.townreform.fiscal.returns;

import java.math.BigDecimal;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;
import org.townreform.fiscal.ledger.RevenueCategory;
import org.townreform.fiscal.policy.RuleKind;

/**
 * A month's return under one rule (返还额), explaining itself: the rule and policy version, the ledger totals used, and the
 * formula with the numbers filled in, so a town can check the county's figure by hand.
 * <p>
 * {@code amount} is the rule's year-to-date return at the month minus that at the month before, HALF_UP to 0.01; it is
 * negative after a reversal. A negative amount is never paid out: {@code carriedIn} is the negative balance brought from
 * the rule's earlier lines of the year, {@code payable = max(0, carriedIn + amount)} and {@code carriedOut = min(0,
 * carriedIn + amount)} goes on to the next month (what is left at December is settled by the annual settlement).
 */
@Type("ReturnLine")
@Description("A month's return under one sharing rule, with its explanation")
public record ReturnLine(
        @Description("YYYY-MM") String period,
        long ruleId,
        RuleKind ruleKind,
        List<RevenueCategory> categories,
        @Description("专项用途; null for general-purpose returns") String earmark,
        long policyId,
        int policyVersion,
        @Description("Year-to-date ledger total of the rule's categories through this month (yuan, or mu for PER_UNIT)") @NumberFormat(value = "0.00", locale = "en") BigDecimal ytdBase,
        @Description("The same through the month before (0.00 in January)") @NumberFormat(value = "0.00", locale = "en") BigDecimal previousYtdBase,
        @Description("Year-to-date return through this month, exact") @NumberFormat(value = "0.00##########", locale = "en") BigDecimal ytdReturn,
        @Description("Year-to-date return through the month before, exact") @NumberFormat(value = "0.00##########", locale = "en") BigDecimal previousYtdReturn,
        @Description("ytdReturn − previousYtdReturn, HALF_UP to 0.01; negative after reversals") @NumberFormat(value = "0.00", locale = "en") BigDecimal amount,
        @Description("Negative balance of this rule's earlier lines brought into this month (≤ 0)") @NumberFormat(value = "0.00", locale = "en") BigDecimal carriedIn,
        @Description("What may be disbursed for this line: max(0, carriedIn + amount)") @NumberFormat(value = "0.00", locale = "en") BigDecimal payable,
        @Description("Negative balance carried to the rule's next month (≤ 0)") @NumberFormat(value = "0.00", locale = "en") BigDecimal carriedOut,
        @Description("The computation with the numbers filled in") String formula,
        @Description("Which rule of which policy version, and the ledger totals it used") String explanation) {
}
