package org.townreform.license.application;

import java.time.LocalDate;

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
 * 预审 "见文行文": the town's approval of a pre-review item is forwarded to the department, which forwards it on to the
 * approving authority (转报) or returns it.
 */
@Entity
@Table(name = "forwarding")
public class Forwarding {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "application_id", nullable = false)
    public Long applicationId;

    @Column(nullable = false)
    public String department;

    @Column(name = "forwarded_on", nullable = false)
    public LocalDate forwardedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ForwardingStatus status;

    @Column(name = "answered_on")
    public LocalDate answeredOn;

    public String reference;

    public String note;

    @Column(name = "answered_by")
    public String answeredBy;

    @Version
    public long version;
}
