package org.townreform.personnel.person;

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

import org.townreform.common.id.ResidentIdNumber;

/**
 * A member of staff (工作人员) of a town: the full resident ID number is stored (and shown only to roles that need it); gender
 * and birth date are derived from it.
 */
@Entity
@Table(name = "person")
public class Person {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "town_code", nullable = false)
    public String townCode;

    @Column(nullable = false)
    public String name;

    @Column(name = "resident_id", nullable = false)
    public String residentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ResidentIdNumber.Gender gender;

    @Column(name = "birth_date", nullable = false)
    public LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "staff_type", nullable = false)
    public StaffType staffType;

    /** 职级, e.g. 一级科员, 四级主任科员. */
    public String rank;

    public String note;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
