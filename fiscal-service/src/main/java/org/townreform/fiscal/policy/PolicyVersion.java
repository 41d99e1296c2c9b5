package org.townreform.fiscal.policy;

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
 * A version of a town's sharing policy (返还政策): whole months from {@code validFrom} (the 1st of a month) to {@code validTo}
 * (the last day of a month, or open-ended), never overlapping another version of the town. "一定五年不变" is one version of
 * five years; a county replacing a rate from 1 July ends the version on 30 June and records a new one from 1 July. Its
 * rules and grants never change; only an open end may be closed ({@code end}).
 */
@Entity
@Table(name = "policy_version")
public class PolicyVersion {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "town_code", nullable = false)
    public String townCode;

    @Column(name = "version_no", nullable = false)
    public int versionNo;

    @Column(nullable = false)
    public String name;

    /** The policy document's number (文号). */
    @Column(name = "document_ref")
    public String documentRef;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    public String note;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "end_reason")
    public String endReason;

    @Version
    public long version;
}
