package org.townreform.fiscal.disbursement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 调拨: a transfer of returns to a town for one period and earmark, by voucher. Append-only; partial transfers allowed. */
@Entity
@Table(name = "disbursement")
public class Disbursement {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "town_code", nullable = false)
    public String townCode;

    @Column(name = "period_year", nullable = false)
    public int periodYear;

    @Column(name = "period_month", nullable = false)
    public int periodMonth;

    /** 专项用途 the transfer pays; null for general-purpose returns. */
    public String earmark;

    @Column(name = "voucher_no", nullable = false)
    public String voucherNo;

    @Column(name = "disbursed_on", nullable = false)
    public LocalDate disbursedOn;

    @Column(nullable = false, precision = 18, scale = 2)
    public BigDecimal amount;

    public String note;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
