package org.townreform.fiscal.policy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NumberFormat;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.fiscal.config.Descriptions;
import org.townreform.fiscal.ledger.RevenueCategory;
import org.townreform.fiscal.returns.ReturnCalculator;

/** A policy version as callers read it. */
@Type("Policy")
@Description("A version of a town's sharing policy (返还政策)")
public record PolicyView(
        @Description("The version's id, stable, as assigned by this service (the id argument of policy and endPolicy)") long id,
        @Description(Descriptions.TOWN_CODE) @Schema(example = "441900113") String townCode,
        @Description("The version's number within its town: 1 for the first recorded, then 2, 3...") int versionNo,
        @Description("The policy's name as recorded") @Schema(example = "演示：石龙镇简政强镇财政分成（虚构）") String name,
        @Description("文号 (document number) of the policy document; null when none was given") String documentRef,
        @Description("First day the version holds: the 1st of a month") LocalDate validFrom,
        @Description("Last day the version holds: the last day of a month; null for open-ended") LocalDate validTo,
        @Description("The note recorded with the version; null when none") String note,
        @Description("The version's sharing rules, in position order; they never change") List<Rule> rules,
        @Description("Fixed amounts budgeted for the town under the version (not returns), e.g. a start-up fund") List<Grant> grants,
        @Description("User name (preferred_username of the token) of who recorded the version") String createdBy,
        @Description("When the version was recorded, at +08:00") OffsetDateTime createdAt,
        @Description("Reason given when the version was ended earlier (endPolicy); null otherwise") String endReason,
        @Description(Descriptions.VERSION_OUT + " (endPolicy)") long version) {

    @Type("PolicyRule")
    @Description("A sharing rule of a policy version")
    public record Rule(
            @Description(Descriptions.RULE_ID + ", stable, as assigned by this service") long id,
            @Description("Order of the rule in its version, from 1") int position,
            @Description(Descriptions.RULE_KIND) RuleKind kind,
            @Description(Descriptions.CATEGORIES
                    + "; a category is in at most one rule of a version") List<RevenueCategory> categories,
            @Description("The share returned, 0 < rate ≤ 1 to 4 decimals (e.g. 0.80 for 80%); 1.00 for FULL_RETURN, null for PER_UNIT") @NumberFormat(value = "0.00##", locale = "en") @Schema(example = "\"0.60\"") BigDecimal rate,
            @Description("EXCESS_OVER_BASELINE: the base year's annual revenue of the categories, yuan to 2 decimals, a decimal string; null for other kinds") @NumberFormat(value = "0.00", locale = "en") BigDecimal baseline,
            @Description("EXCESS_OVER_BASELINE: the base year of the baseline (e.g. 2008); null for other kinds") @Schema(example = "2022") Integer baseYear,
            @Description("PER_UNIT: yuan per mu of reclaimed farmland, to 2 decimals, a decimal string; null for other kinds") @NumberFormat(value = "0.00", locale = "en") BigDecimal unitAmount,
            @Description(Descriptions.EARMARK + ", kept through disbursement") @Schema(example = "城市更新") String earmark,
            @Description("The rule's label as recorded (e.g. 土地出让净收益全额返还); null when none") @Schema(example = "以2022年为基数，超收部分返还60%（演示）") String label,
            @Description(Descriptions.RULE_DESCRIPTION) String description) {

        public static Rule of(PolicyRule r) {
            return new Rule(r.id, r.position, r.kind, r.categoryList(), r.rate, r.baseline, r.baseYear, r.unitAmount,
                    r.earmark, r.label, ReturnCalculator.describe(r.terms()));
        }
    }

    @Type("PolicyGrant")
    @Description("A fixed amount budgeted for the town in a year (not a return)")
    public record Grant(
            @Description("The grant's id, stable, as assigned by this service") long id,
            @Description("The year the amount is budgeted for, a year the version holds") @Schema(example = "2026") int year,
            @Description("The amount budgeted, yuan to 2 decimals, a decimal string") @NumberFormat(value = "0.00", locale = "en") BigDecimal amount,
            @Description("What the amount is for (e.g. 试点镇发展启动资金)") String purpose) {

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
