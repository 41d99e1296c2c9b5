package org.townreform.fiscal.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An issued monthly return statement (返还结算单) of a town: a document the county pays from, stored with its lines (rule,
 * policy version, ledger totals, rounded year-to-date figures, formula, amounts) as issued. Append-only: it never
 * changes; what the ledger says later about its month reaches the town through the next statement or the settlement.
 */
@Entity
@Table(name = "return_statement")
public class ReturnStatement {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "town_code", nullable = false)
    public String townCode;

    @Column(name = "period_year", nullable = false)
    public int periodYear;

    @Column(name = "period_month", nullable = false)
    public int periodMonth;

    @Column(name = "policy_id")
    public Long policyId;

    /** The policy version in force that month ({@code PolicyRef}) as JSON; null when none was. */
    public String policy;

    /** The lines ({@code ReturnLine}) as JSON, in order. */
    @Column(nullable = false)
    public String lines;

    @Column(name = "total_amount", nullable = false, precision = 18, scale = 2)
    public BigDecimal totalAmount;

    @Column(name = "total_payable", nullable = false, precision = 18, scale = 2)
    public BigDecimal totalPayable;

    @Column(name = "issued_on", nullable = false)
    public LocalDate issuedOn;

    @Column(name = "issued_by", nullable = false)
    public String issuedBy;

    @Column(name = "issued_at", nullable = false)
    public OffsetDateTime issuedAt;

    public String note;
}
