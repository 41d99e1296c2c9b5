package org.townreform.license.evaluation;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** 整改: opened by a rating of 1 or 2; completed with the measures taken and the callback (回访) to the applicant. */
@Entity
@Table(name = "rectification")
public class Rectification {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "evaluation_id", nullable = false)
    public Long evaluationId;

    @Column(name = "application_id", nullable = false)
    public Long applicationId;

    @Column(name = "town_code", nullable = false)
    public String townCode;

    @Column(name = "opened_on", nullable = false)
    public LocalDate openedOn;

    /** The time limit in working days when it was opened (the due day is computed when read). */
    @Column(name = "working_days", nullable = false)
    public int workingDays;

    /** OPEN or COMPLETED. */
    @Column(nullable = false)
    public String status;

    public String measures;

    @Column(name = "callback_on")
    public LocalDate callbackOn;

    @Column(name = "callback_note")
    public String callbackNote;

    @Column(name = "applicant_satisfied")
    public Boolean applicantSatisfied;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "completed_by")
    public String completedBy;

    @Version
    public long version;
}
