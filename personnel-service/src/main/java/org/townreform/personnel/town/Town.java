package org.townreform.personnel.town;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A town (镇) or subdistrict (街道), identified by its 9-digit township division code. personnel-service is the system of
 * record for towns; the other services refer to them by code.
 */
@Entity
@Table(name = "town")
public class Town {
    @Id
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String county;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TownCategory category;

    /** 扩权强镇试点镇: holds county-level powers. */
    @Column(nullable = false)
    public boolean pilot;

    /** An explicit limit on internal offices and bureaus; {@code null} takes the default of the category. */
    @Column(name = "max_internal_offices")
    public Integer maxInternalOffices;

    /** 领导职数 of the party and government leadership team when the town was recorded; later changes are dated. */
    @Column(name = "leadership_posts_base", nullable = false)
    public int leadershipPostsBase;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;
}
