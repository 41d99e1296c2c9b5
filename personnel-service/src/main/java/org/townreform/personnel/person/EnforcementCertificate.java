package org.townreform.personnel.person;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 执法证: an enforcement certificate a department issued to a person, valid from/to, possibly revoked early. */
@Entity
@Table(name = "enforcement_certificate")
public class EnforcementCertificate {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "person_id", nullable = false)
    public Long personId;

    @Column(nullable = false)
    public String department;

    @Column(nullable = false)
    public String number;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to", nullable = false)
    public LocalDate validTo;

    /** From this day on the certificate no longer counts. */
    @Column(name = "revoked_on")
    public LocalDate revokedOn;

    @Column(name = "revoke_reason")
    public String revokeReason;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Version
    public long version;

    /** Valid on {@code day}: within its period, and not revoked on or before it. */
    public boolean validOn(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo) && (revokedOn == null || day.isBefore(revokedOn));
    }
}
