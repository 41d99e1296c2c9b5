package org.townreform.common.calendar;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * One year of the official holiday calendar (国务院办公厅 notice): its public holidays and make-up working days, stored as
 * the JSON document it was loaded from.
 */
@Entity
@Table(name = "calendar_year")
public class CalendarYear {
    @Id
    public Integer year;

    /** The days that depart from the weekday rule, as JSON: {@code [{"name","date","isOffDay"}]}. */
    @Column(nullable = false)
    public String days;

    /** Addresses of the notices the year comes from, one per line. */
    public String papers;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @Version
    public long version;
}
