package org.townreform.personnel.adjustment;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * 书面调整意见: the town party committee's written request that the department adjust the head of a DUAL unit; the
 * department must act within one calendar month ("其主管部门应在1个月内予以考察调整").
 */
@Entity
@Table(name = "adjustment_request")
public class AdjustmentRequest {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "town_code", nullable = false)
    public String townCode;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(name = "person_id")
    public Long personId;

    @Column(nullable = false)
    public String department;

    @Column(name = "request_text", nullable = false)
    public String requestText;

    public String reference;

    @Column(name = "sent_on", nullable = false)
    public LocalDate sentOn;

    @Column(name = "sent_by", nullable = false)
    public String sentBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AdjustmentStatus status;

    @Enumerated(EnumType.STRING)
    public AdjustmentOutcome outcome;

    @Column(name = "resolution_text")
    public String resolutionText;

    @Column(name = "resolved_on")
    public LocalDate resolvedOn;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
