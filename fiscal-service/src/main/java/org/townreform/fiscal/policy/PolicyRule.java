package org.townreform.fiscal.policy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.townreform.fiscal.ledger.RevenueCategory;

/** A stored rule of a policy version; {@link #terms()} gives it to the computation. */
@Entity
@Table(name = "policy_rule")
public class PolicyRule {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "policy_id", nullable = false)
    public long policyId;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RuleKind kind;

    /** Category names joined by commas, in the order given. */
    @Column(nullable = false)
    public String categories;

    @Column(precision = 7, scale = 4)
    public BigDecimal rate;

    @Column(precision = 18, scale = 2)
    public BigDecimal baseline;

    @Column(name = "base_year")
    public Integer baseYear;

    @Column(name = "unit_amount", precision = 18, scale = 2)
    public BigDecimal unitAmount;

    public String earmark;

    public String label;

    public List<RevenueCategory> categoryList() {
        return Arrays.stream(categories.split(",")).map(RevenueCategory::valueOf).toList();
    }

    public SharingRule terms() {
        return new SharingRule(id, kind, categoryList(), rate, baseline, baseYear, unitAmount, earmark, label);
    }
}
