package org.townreform.personnel.staffing;

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

import org.townreform.personnel.person.StaffType;

/**
 * 编制实名制: a person occupying one slot of one unit (编制、岗位和人员一一对应), from a day until it is ended. Moves (transfer,
 * merger) close the registration and open a new one that names it, so history is kept.
 */
@Entity
@Table(name = "registration")
public class Registration {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "person_id", nullable = false)
    public Long personId;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(name = "town_code", nullable = false)
    public String townCode;

    /** The quota the slot counts against: the person's staff type when registered. */
    @Enumerated(EnumType.STRING)
    @Column(name = "slot_type", nullable = false)
    public StaffType slotType;

    public String post;

    @Column(name = "started_on", nullable = false)
    public LocalDate startedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    public RegistrationEndReason endReason;

    @Column(name = "end_note")
    public String endNote;

    @Column(name = "previous_registration_id")
    public Long previousRegistrationId;

    public String note;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public boolean open() {
        return endedOn == null;
    }

    /** Occupies its slot on {@code day}: started by then and not ended on or before it. */
    public boolean activeOn(LocalDate day) {
        return !startedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
    }
}
