package org.townreform.license.application;

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
 * An application (办件) to the town's one-stop service centre (一站式服务) for a delegated catalogue item, from submission
 * to decision and filing (SPEC §4.3).
 */
@Entity
@Table(name = "application")
public class Application {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String number;

    /** SHA-256 of the verification code handed to the applicant; the code itself is never stored. */
    @Column(name = "verification_hash", nullable = false)
    public String verificationHash;

    @Column(name = "town_code", nullable = false)
    public String townCode;

    /** The registry's name of the town when the application was submitted (personnel-service's, never the client's). */
    @Column(name = "town_name")
    public String townName;

    @Column(name = "item_code", nullable = false)
    public String itemCode;

    /** The agreement under which the case was accepted (or last decided). */
    @Column(name = "agreement_id")
    public Long agreementId;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_kind", nullable = false)
    public ApplicantKind applicantKind;

    @Column(name = "applicant_name", nullable = false)
    public String applicantName;

    /** Resident ID number or USCC, stored in full, shown masked to roles that do not need it. */
    @Column(name = "applicant_id_number", nullable = false)
    public String applicantIdNumber;

    @Column(name = "applicant_phone", nullable = false)
    public String applicantPhone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    /** JSON list of the names of the materials handed in so far. */
    @Column(nullable = false)
    public String materials;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ApplicationState state;

    @Column(name = "submitted_on", nullable = false)
    public LocalDate submittedOn;

    @Column(name = "accepted_on")
    public LocalDate acceptedOn;

    /** Accepted by law (art. 32): the centre did not act within the acceptance window. */
    @Column(name = "deemed_accepted", nullable = false)
    public boolean deemedAccepted;

    @Column(name = "supplement_requested_on")
    public LocalDate supplementRequestedOn;

    /** JSON: the one-time supplement notice (一次性告知): {@code {"missing": [...], "note": "..."}}. */
    @Column(name = "supplement_notice")
    public String supplementNotice;

    @Enumerated(EnumType.STRING)
    @Column(name = "supplement_resume_state")
    public ApplicationState supplementResumeState;

    @Column(name = "supplemented_on")
    public LocalDate supplementedOn;

    @Column(name = "not_accepted_reason")
    public String notAcceptedReason;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_outcome")
    public ApplicationState decisionOutcome;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "issued_in_name_of")
    public String issuedInNameOf;

    @Column(name = "seal_name")
    public String sealName;

    @Column(name = "reviewer_id")
    public Long reviewerId;

    @Column(name = "reviewer_certificate")
    public String reviewerCertificate;

    /** The day the case ended before a decision (refused, withdrawn, transferred). */
    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "end_reason")
    public String endReason;

    @Column(name = "transferred_to")
    public String transferredTo;

    @Column(nullable = false)
    public String source;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
