package org.townreform.fiscal.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.townreform.common.error.ProblemException;
import org.townreform.fiscal.ledger.RevenueCategory;

class PolicyRulesTest {
    private static final BigDecimal FLOOR = new BigDecimal("0.50");

    static NewRule rule(RuleKind kind, RevenueCategory c, String rate) {
        return new NewRule(kind, List.of(c), rate == null ? null : new BigDecimal(rate), null, null, null, null, null);
    }

    static NewPolicy policy(String from, String to, NewRule... rules) {
        return new NewPolicy("p", null, LocalDate.parse(from), to == null ? null : LocalDate.parse(to), null,
                List.of(rules), null);
    }

    static String code(Runnable r) {
        try {
            r.run();
            return null;
        } catch (ProblemException e) {
            return e.code();
        }
    }

    @Test
    void miningRightsAreReturnedAtHalfOrMore() {
        assertThat(code(() -> PolicyRules.check(policy("2012-01-01", null,
                rule(RuleKind.PROPORTIONAL, RevenueCategory.MINING_RIGHTS, "0.4999")), FLOOR, 1990, 2200)))
                .isEqualTo("MINING_RIGHTS_RATE_TOO_LOW");
        assertThatCode(() -> PolicyRules.check(policy("2012-01-01", null,
                rule(RuleKind.PROPORTIONAL, RevenueCategory.MINING_RIGHTS, "0.50")), FLOOR, 1990, 2200))
                .doesNotThrowAnyException();
        assertThat(code(() -> PolicyRules.check(policy("2012-01-01", null, new NewRule(
                RuleKind.EXCESS_OVER_BASELINE, List.of(RevenueCategory.MINING_RIGHTS), BigDecimal.ONE,
                BigDecimal.TEN, 2008, null, null, null)), FLOOR, 1990, 2200)))
                .isEqualTo("MINING_RIGHTS_RATE_TOO_LOW");
    }

    @Test
    void versionsSpanWholeMonthsAndMayChangeMidYear() {
        NewRule r = rule(RuleKind.FULL_RETURN, RevenueCategory.ADMIN_FEES, null);
        assertThat(code(() -> PolicyRules.check(policy("2012-03-01", null, r), FLOOR, 1990, 2200))).isNull();
        assertThat(code(() -> PolicyRules.check(policy("2012-01-01", "2016-06-30", r), FLOOR, 1990, 2200))).isNull();
        assertThat(code(() -> PolicyRules.check(policy("2024-02-01", "2024-02-29", r), FLOOR, 1990, 2200))).isNull();
        assertThat(code(() -> PolicyRules.check(policy("2009-01-01", "2013-12-31", r), FLOOR, 1990, 2200))).isNull();
        assertThat(code(() -> PolicyRules.check(policy("2012-03-15", null, r), FLOOR, 1990, 2200)))
                .isEqualTo("POLICY_NOT_WHOLE_MONTHS");
        assertThat(code(() -> PolicyRules.check(policy("2012-01-01", "2016-06-29", r), FLOOR, 1990, 2200)))
                .isEqualTo("POLICY_NOT_WHOLE_MONTHS");
        assertThat(code(() -> PolicyRules.check(policy("2023-01-01", "2023-02-28", r), FLOOR, 1990, 2200))).isNull();
    }

    @Test
    void aCategoryBelongsToOneRuleOfAVersion() {
        assertThat(code(() -> PolicyRules.check(policy("2012-01-01", null,
                rule(RuleKind.FULL_RETURN, RevenueCategory.ADMIN_FEES, null),
                rule(RuleKind.PROPORTIONAL, RevenueCategory.ADMIN_FEES, "0.50")), FLOOR, 1990, 2200)))
                .isEqualTo("CATEGORY_IN_TWO_RULES");
    }

    @Test
    void rulesCarryTheFiguresOfTheirKindOnly() {
        assertThat(code(() -> PolicyRules.check(policy("2012-01-01", null,
                rule(RuleKind.PROPORTIONAL, RevenueCategory.TAX_NEW_ENTERPRISE, null)), FLOOR, 1990, 2200)))
                .isEqualTo("VALIDATION_FAILED");
        assertThat(code(() -> PolicyRules.check(policy("2012-01-01", null,
                rule(RuleKind.PER_UNIT, RevenueCategory.TAX_NEW_ENTERPRISE, null)), FLOOR, 1990, 2200)))
                .isEqualTo("VALIDATION_FAILED");
        assertThat(code(() -> PolicyRules.check(policy("2012-01-01", null,
                rule(RuleKind.FULL_RETURN, RevenueCategory.FARMLAND_RECLAIMED_MU, null)), FLOOR, 1990, 2200)))
                .isEqualTo("VALIDATION_FAILED");
        assertThat(code(() -> PolicyRules.check(policy("2012-01-01", null, new NewRule(
                RuleKind.EXCESS_OVER_BASELINE, List.of(RevenueCategory.TAX_EXISTING), BigDecimal.ONE,
                BigDecimal.TEN, 2012, null, null, null)), FLOOR, 1990, 2200))).isEqualTo("VALIDATION_FAILED");
        assertThat(code(() -> PolicyRules.check(policy("2012-01-01", null, new NewRule(RuleKind.PER_UNIT,
                List.of(RevenueCategory.FARMLAND_RECLAIMED_MU), null, null, null, new BigDecimal("5000.00"), null,
                null)), FLOOR, 1990, 2200))).isNull();
    }

    @Test
    void overlapOfYearSpans() {
        LocalDate y2009 = LocalDate.of(2009, 1, 1);
        LocalDate end2013 = LocalDate.of(2013, 12, 31);
        assertThat(PolicyRules.overlap(y2009, end2013, LocalDate.of(2014, 1, 1), null)).isFalse();
        assertThat(PolicyRules.overlap(y2009, end2013, LocalDate.of(2013, 1, 1), null)).isTrue();
        assertThat(PolicyRules.overlap(y2009, null, LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31))).isTrue();
        assertThat(PolicyRules.overlap(LocalDate.of(2014, 1, 1), null, y2009, end2013)).isFalse();
    }

    @Test
    void thrownProblemsAreProblems() {
        assertThatThrownBy(() -> PolicyRules.checkSpan(LocalDate.of(2012, 2, 2), null, 1990, 2200))
                .isInstanceOf(ProblemException.class);
    }
}
