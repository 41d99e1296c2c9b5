package org.townreform.license.filing;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The filing (备案) of a decision with the authorising department: the department's receipt number and date. */
@Entity
@Table(name = "filing")
public class Filing {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id", nullable = false)
    public Long applicationId;

    @Column(nullable = false)
    public String department;

    @Column(name = "receipt_number", nullable = false)
    public String receiptNumber;

    @Column(name = "received_on", nullable = false)
    public LocalDate receivedOn;

    /** The due day as computed when the filing was recorded. */
    @Column(name = "due_on", nullable = false)
    public LocalDate dueOn;

    @Column(nullable = false)
    public boolean late;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
