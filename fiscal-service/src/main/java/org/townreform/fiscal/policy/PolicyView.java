package org.townreform.fiscal.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;
import org.townreform.fiscal.ledger.RevenueCategory;
import org.townreform.fiscal.returns.ReturnCalculator;

/** A policy version as callers read it. */
@Type("Policy")
@Description("A version of a town's sharing policy (返还政策)")
public record PolicyView(
        long id,
        String townCode,
        int versionNo,
        String name,
        String documentRef,
        LocalDate validFrom,
        @Description("Absent for open-ended") LocalDate validTo,
        String note,
        List<Rule> rules,
        List<Grant> grants,
        String createdBy,
        OffsetDateTime createdAt,
        String endReason,
        long version) {

    @Type("PolicyRule")
    @Description("A sharing rule of a policy version")
    public record Rule(
            long id,
            int position,
            RuleKind kind,
            List<RevenueCategory> categories,
            @NumberFormat(value = "0.00##", locale = "en") BigDecimal rate,
            @NumberFormat(value = "0.00", locale = "en") BigDecimal baseline,
            Integer baseYear,
            @NumberFormat(value = "0.00", locale = "en") BigDecimal unitAmount,
            String earmark,
            String label,
            @Description("The rule in words and symbols") String description) {

        public static Rule of(PolicyRule r) {
            return new Rule(r.id, r.position, r.kind, r.categoryList(), r.rate, r.baseline, r.baseYear, r.unitAmount,
                    r.earmark, r.label, ReturnCalculator.describe(r.terms()));
        }
    }

    @Type("PolicyGrant")
    @Description("A fixed amount budgeted for the town in a year (not a return)")
    public record Grant(long id, int year, @NumberFormat(value = "0.00", locale = "en") BigDecimal amount,
            String purpose) {

        public static Grant of(PolicyGrant g) {
            return new Grant(g.id, g.year, g.amount, g.purpose);
        }
    }

    public static PolicyView of(PolicyVersion p, List<PolicyRule> rules, List<PolicyGrant> grants) {
        return new PolicyView(p.id, p.townCode, p.versionNo, p.name, p.documentRef, p.validFrom, p.validTo, p.note,
                rules.stream().map(Rule::of).toList(), grants.stream().map(Grant::of).toList(), p.createdBy,
                p.createdAt, p.endReason, p.version);
    }

    /** The version as the computation reads it. */
    public static PolicyTerms terms(PolicyVersion p, List<PolicyRule> rules) {
        return new PolicyTerms(p.id, p.versionNo, p.name, p.validFrom, p.validTo,
                rules.stream().map(PolicyRule::terms).toList());
    }
}
