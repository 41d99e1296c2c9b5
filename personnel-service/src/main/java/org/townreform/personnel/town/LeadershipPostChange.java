package org.townreform.personnel.town;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A dated decision changing a town's leadership posts, e.g. "在现有职数9人的基础上增加2名" recorded as +2 from the day of the
 * decision. History is kept: the posts on any day are the base plus the changes effective by then.
 */
@Entity
@Table(name = "leadership_post_change")
public class LeadershipPostChange {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "town_code", nullable = false)
    public String townCode;

    @Column(name = "effective_date", nullable = false)
    public LocalDate effectiveDate;

    /** Posts added (positive) or removed (negative). */
    @Column(nullable = false)
    public int change;

    /** The decision's document number (文号). */
    public String reference;

    public String reason;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;
}
