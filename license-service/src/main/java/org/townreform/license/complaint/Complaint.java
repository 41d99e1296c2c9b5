package org.townreform.license.complaint;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 效能投诉: a complaint about the efficiency of the town's service, handled within a working-day deadline. */
@Entity
@Table(name = "complaint")
public class Complaint {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "town_code", nullable = false)
    public String townCode;

    @Column(name = "application_id")
    public Long applicationId;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    /** The handling time limit in working days when received (the due day is computed when read). */
    @Column(name = "working_days", nullable = false)
    public int workingDays;

    @Column(nullable = false)
    public String channel;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String content;

    @Column(name = "contact_phone")
    public String contactPhone;

    /** OPEN or RESOLVED. */
    @Column(nullable = false)
    public String status;

    public String handler;

    public String outcome;

    @Column(name = "resolved_on")
    public LocalDate resolvedOn;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(nullable = false)
    public String source;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Version
    public long version;
}
