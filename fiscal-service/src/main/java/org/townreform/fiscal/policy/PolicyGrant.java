package org.townreform.fiscal.policy;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A fixed amount the county budgets for the town under a policy version, e.g. 临溪镇's 3,000,000 yuan start-up fund of 2009
 * (试点镇发展启动资金). It is not a return of revenue: it takes no part in the computation, disbursements or outstanding, and
 * is shown with the policy and in the year's report.
 */
@Entity
@Table(name = "policy_grant")
public class PolicyGrant {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "policy_id", nullable = false)
    public long policyId;

    @Column(name = "grant_year", nullable = false)
    public int year;

    @Column(nullable = false, precision = 18, scale = 2)
    public BigDecimal amount;

    @Column(nullable = false)
    public String purpose;
}
