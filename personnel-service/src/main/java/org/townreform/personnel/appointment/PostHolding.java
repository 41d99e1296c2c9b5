package org.townreform.personnel.appointment;

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
 * A post a person holds in a unit (职务), opened by an effective appointment, transfer or secondment and closed by a
 * removal or transfer. Leading posts (主要负责人 and deputies) count against the unit's leadership posts (领导职数) and
 * their length decides rotation (定期轮岗).
 */
@Entity
@Table(name = "post_holding")
public class PostHolding {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "person_id", nullable = false)
    public Long personId;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(name = "town_code", nullable = false)
    public String townCode;

    @Column(name = "post_title", nullable = false)
    public String postTitle;

    /** 主要负责人 or deputy: counts against the unit's leadership posts. */
    @Column(name = "is_leading", nullable = false)
    public boolean leadingPost;

    /** 挂职: held on secondment; the person's registration stays where it is. */
    @Column(nullable = false)
    public boolean secondment;

    @Column(name = "started_on", nullable = false)
    public LocalDate startedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "appointment_id")
    public Long appointmentId;

    @Column(name = "ended_by_appointment_id")
    public Long endedByAppointmentId;

    public String note;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public boolean heldOn(LocalDate day) {
        return !startedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
    }
}
