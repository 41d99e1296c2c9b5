package org.townreform.license.agreement;

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
 * A delegation agreement (委托协议书) between a department and a town: which catalogue items the town may accept and decide,
 * in whose name, from when to when, and with which special-purpose seal (业务专用公章).
 */
@Entity
@Table(name = "delegation_agreement")
public class DelegationAgreement {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The agreement's document number. */
    @Column(nullable = false)
    public String reference;

    @Column(nullable = false)
    public String department;

    @Column(name = "town_code", nullable = false)
    public String townCode;

    /** The town's authority as it signs decisions under a DEVOLVED agreement, e.g. 石龙镇人民政府. */
    @Column(name = "town_name", nullable = false)
    public String townName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementMode mode;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    public LocalDate validTo;

    @Column(name = "seal_name", nullable = false)
    public String sealName;

    @Column(name = "seal_number")
    public String sealNumber;

    /** The latest recorded status (ACTIVE, SUSPENDED or REVOKED); the status on a day also depends on the dates. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementStatus status;

    @Column(name = "status_reason")
    public String statusReason;

    @Column(name = "status_changed_on")
    public LocalDate statusChangedOn;

    @Column(nullable = false)
    public String source;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Version
    public long version;
}
