package org.townreform.personnel.assessment;

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

/** 年度考核: a person's grade for a year in a unit. A head of a dispatched agency is proposed by the town, confirmed by the department. */
@Entity
@Table(name = "assessment")
public class Assessment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "town_code", nullable = false)
    public String townCode;

    @Column(name = "person_id", nullable = false)
    public Long personId;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(nullable = false)
    public int year;

    /** The grade as it stands: the town's proposal until confirmed, then the department's. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Grade grade;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_grade")
    public Grade proposedGrade;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AssessmentStatus status;

    @Column(name = "confirming_department")
    public String confirmingDepartment;

    @Column(name = "recorded_on", nullable = false)
    public LocalDate recordedOn;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    public String comment;

    @Column(name = "confirmed_on")
    public LocalDate confirmedOn;

    @Column(name = "confirmed_by")
    public String confirmedBy;

    @Column(name = "confirm_comment")
    public String confirmComment;

    public String note;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
