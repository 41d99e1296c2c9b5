package org.townreform.fiscal.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A line of the revenue ledger (收入台账): a town's revenue of one category in one period, as a source system reported it.
 * Append-only: a correction is a reversing entry ({@code reversesId}) of the opposite amount, booked in its own period.
 */
@Entity
@Table(name = "revenue_entry")
public class RevenueEntry {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "town_code", nullable = false)
    public String townCode;

    @Column(name = "period_year", nullable = false)
    public int periodYear;

    @Column(name = "period_month", nullable = false)
    public int periodMonth;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RevenueCategory category;

    /** Yuan, or mu for FARMLAND_RECLAIMED_MU; negative only on a reversal. */
    @Column(nullable = false, precision = 18, scale = 2)
    public BigDecimal amount;

    @Column(name = "source_system", nullable = false)
    public String sourceSystem;

    @Column(name = "external_ref", nullable = false)
    public String externalRef;

    @Column(name = "enterprise_uscc")
    public String enterpriseUscc;

    @Column(name = "reverses_id")
    public Long reversesId;

    /** The day the entry was booked (default today, never in the future). */
    @Column(name = "entry_date", nullable = false)
    public LocalDate entryDate;

    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    public YearMonth period() {
        return YearMonth.of(periodYear, periodMonth);
    }
}
