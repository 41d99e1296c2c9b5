package org.townreform.license.evaluation;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** 好差评: the applicant's rating (1–5) of a case after it ended, once per case. */
@Entity
@Table(name = "evaluation")
public class Evaluation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id", nullable = false)
    public Long applicationId;

    @Column(name = "town_code", nullable = false)
    public String townCode;

    @Column(nullable = false)
    public int rating;

    public String comment;

    @Column(name = "evaluated_on", nullable = false)
    public LocalDate evaluatedOn;

    /** CLERK (recorded by a clerk on the applicant's behalf) or VERIFICATION_CODE (by the applicant, without login). */
    @Column(nullable = false)
    public String channel;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
