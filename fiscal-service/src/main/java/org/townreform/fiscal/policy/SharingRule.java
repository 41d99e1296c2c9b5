package org.townreform.fiscal.policy;

import java.math.BigDecimal;
import java.util.List;

import org.townreform.fiscal.ledger.RevenueCategory;

/**
 * One rule of a policy version as the return computation sees it (no persistence): its kind, the categories it reads, and
 * the figures of its kind ({@code rate}; {@code baseline} and {@code baseYear} for EXCESS_OVER_BASELINE; {@code unitAmount}
 * for PER_UNIT). {@code earmark} (专项用途) is null for general-purpose returns.
 */
public record SharingRule(long id, RuleKind kind, List<RevenueCategory> categories, BigDecimal rate,
        BigDecimal baseline, Integer baseYear, BigDecimal unitAmount, String earmark, String label) {

    public SharingRule {
        categories = List.copyOf(categories);
    }

    /** "TAX_EXISTING+TAX_NEW_ENTERPRISE". */
    public String categoryList() {
        return String.join("+", categories.stream().map(Enum::name).toList());
    }
}
