package org.townreform.fiscal.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A town's annual settlement (决算) of a year. While SETTLED it closes the year's periods; reopening marks it REOPENED (kept,
 * with who, when and why) and the year may be settled again, which records a new settlement.
 */
@Entity
@Table(name = "settlement")
public class Settlement {
    public static final String SETTLED = "SETTLED";
    public static final String REOPENED = "REOPENED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "town_code", nullable = false)
    public String townCode;

    @Column(name = "settlement_year", nullable = false)
    public int year;

    @Column(nullable = false)
    public String status;

    @Column(name = "policy_id")
    public Long policyId;

    @Column(name = "settled_on", nullable = false)
    public LocalDate settledOn;

    @Column(name = "settled_by", nullable = false)
    public String settledBy;

    @Column(name = "settled_at", nullable = false)
    public OffsetDateTime settledAt;

    @Column(name = "annual_return", nullable = false, precision = 18, scale = 2)
    public BigDecimal annualReturn;

    @Column(name = "monthly_payable", nullable = false, precision = 18, scale = 2)
    public BigDecimal monthlyPayable;

    @Column(nullable = false, precision = 18, scale = 2)
    public BigDecimal adjustment;

    /** The per-rule lines ({@link SettlementLine}) as JSON. */
    @Column(nullable = false)
    public String lines;

    public String note;

    @Column(name = "reopened_on")
    public LocalDate reopenedOn;

    @Column(name = "reopened_by")
    public String reopenedBy;

    @Column(name = "reopened_at")
    public OffsetDateTime reopenedAt;

    @Column(name = "reopen_reason")
    public String reopenReason;

    @Version
    public long version;
}
