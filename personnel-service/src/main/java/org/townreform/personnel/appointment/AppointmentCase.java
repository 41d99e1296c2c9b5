package org.townreform.personnel.appointment;

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

import org.townreform.personnel.unit.AppointingAuthority;

/**
 * 任免案件: an appointment, removal, transfer or secondment, from draft through consultation, (coordination), decision
 * and pre-appointment notice to effect — or withdrawn. Each step keeps who took it and on which day.
 */
@Entity
@Table(name = "appointment_case")
public class AppointmentCase {
    /** The consulted side of a case the department decides: the town party committee (镇党委). */
    public static final String TOWN_PARTY_COMMITTEE = "TOWN_PARTY_COMMITTEE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "town_code", nullable = false)
    public String townCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "case_type", nullable = false)
    public AppointmentType type;

    @Column(name = "person_id", nullable = false)
    public Long personId;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(name = "post_title", nullable = false)
    public String postTitle;

    @Column(name = "is_leading", nullable = false)
    public boolean leadingPost;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AppointingAuthority authority;

    @Column(name = "deciding_department")
    public String decidingDepartment;

    @Column(name = "consulted_party")
    public String consultedParty;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AppointmentStatus status;

    public String reason;

    @Column(name = "opened_on", nullable = false)
    public LocalDate openedOn;

    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    /** The day of the latest step: a later step may not be dated before it. */
    @Column(name = "last_action_on", nullable = false)
    public LocalDate lastActionOn;

    @Column(name = "consulted_on")
    public LocalDate consultedOn;

    @Enumerated(EnumType.STRING)
    public Opinion opinion;

    @Column(name = "opinion_text")
    public String opinionText;

    @Column(name = "opinion_on")
    public LocalDate opinionOn;

    @Column(name = "opinion_by")
    public String opinionBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "coordination_outcome")
    public CoordinationOutcome coordinationOutcome;

    @Column(name = "coordination_text")
    public String coordinationText;

    @Column(name = "coordinated_on")
    public LocalDate coordinatedOn;

    @Column(name = "coordinated_by")
    public String coordinatedBy;

    @Column(name = "meeting_reference")
    public String meetingReference;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "notice_started_on")
    public LocalDate noticeStartedOn;

    @Column(name = "notice_working_days")
    public Integer noticeWorkingDays;

    @Column(name = "effective_on")
    public LocalDate effectiveOn;

    @Column(name = "made_effective_by")
    public String madeEffectiveBy;

    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdraw_reason")
    public String withdrawReason;

    public String note;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public boolean consultationRequired() {
        return consultedParty != null;
    }

    public AppointmentWorkflow.Facts facts() {
        return new AppointmentWorkflow.Facts(status, consultationRequired(), opinion, coordinationOutcome);
    }
}
