package org.townreform.personnel.unit;

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

/**
 * The quotas of a unit (行政编制, 事业编制, 领导职数) in force from {@code validFrom} ({@code null}: from the start) until
 * the next row of the unit. Written when a merger moves quotas (编制随机构划转); a unit that never took part in one has
 * no rows and its unit row's quotas on every day.
 */
@Entity
@Table(name = "unit_quota")
public class UnitQuota {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "unit_id", nullable = false)
    public Long unitId;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "administrative_quota", nullable = false)
    public int administrativeQuota;

    @Column(name = "institution_quota", nullable = false)
    public int institutionQuota;

    @Column(name = "leadership_posts", nullable = false)
    public int leadershipPosts;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Cause cause;

    public String reference;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    public enum Cause {
        /** the quotas as recorded before the unit's first merger */
        RECORDED,
        /** the quotas after merged units' quotas moved in */
        MERGED_IN,
        /** nothing left: the unit's quotas moved to the unit it merged into */
        MERGED_OUT
    }
}
