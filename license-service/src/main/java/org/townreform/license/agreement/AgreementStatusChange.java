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

/** A dated change of an agreement's status (suspended, revoked, reinstated), kept so the status on any day is known. */
@Entity
@Table(name = "agreement_status_change")
public class AgreementStatusChange {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "agreement_id", nullable = false)
    public Long agreementId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementStatus status;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    public String reason;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    public AgreementRules.Change rule() {
        return new AgreementRules.Change(status, effectiveDate, id == null ? Long.MAX_VALUE : id);
    }
}
