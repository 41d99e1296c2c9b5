package org.townreform.personnel.unit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

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
 * 机构: an organisation unit of a town — an office, bureau, public institution, dispatched agency, committee or
 * organisation — with its extra nameplates (加挂牌子), management mode, co-location (合署办公) and quotas (编制、领导职数).
 */
@Entity
@Table(name = "org_unit")
public class OrgUnit {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "town_code", nullable = false)
    public String townCode;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitKind kind;

    /** 加挂牌子, one name per line; kept in one column so a search looks at the name and every nameplate at once. */
    @Column(nullable = false)
    public String nameplates = "";

    @Column(name = "superior_department")
    public String superiorDepartment;

    @Enumerated(EnumType.STRING)
    @Column(name = "management_mode")
    public ManagementMode managementMode;

    @Column(name = "co_located_with_id")
    public Long coLocatedWithId;

    @Enumerated(EnumType.STRING)
    @Column(name = "staff_sets")
    public StaffSets staffSets;

    @Column(name = "administrative_quota", nullable = false)
    public int administrativeQuota;

    @Column(name = "institution_quota", nullable = false)
    public int institutionQuota;

    @Column(name = "leadership_posts", nullable = false)
    public int leadershipPosts;

    /** Administrative rank (e.g. 正科级); never set for a public institution. */
    public String rank;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitStatus status = UnitStatus.ACTIVE;

    @Column(name = "merged_into_id")
    public Long mergedIntoId;

    @Column(name = "status_date")
    public LocalDate statusDate;

    /** The day the unit was set up (机构设立); {@code null}: recorded without one, in force since before any recorded day. */
    @Column(name = "established_on")
    public LocalDate establishedOn;

    @Column(name = "status_reference")
    public String statusReference;

    public String note;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Version
    public long version;

    public List<String> nameplateList() {
        return nameplates == null || nameplates.isEmpty() ? List.of() : Arrays.asList(nameplates.split("\n"));
    }

    public void nameplateList(List<String> names) {
        nameplates = names == null ? "" : String.join("\n", names);
    }

    /** Whether the unit exists on the day: set up on or before it, not merged or abolished on or before it. */
    public boolean inForceOn(LocalDate day) {
        return (establishedOn == null || !day.isBefore(establishedOn)) && (statusDate == null || day.isBefore(statusDate));
    }

    /** Units with no management mode, and DEVOLVED ones, are the town's to staff and appoint. */
    public AppointingAuthority appointingAuthority() {
        if (managementMode == null || managementMode == ManagementMode.DEVOLVED) {
            return AppointingAuthority.TOWN;
        }
        if (managementMode == ManagementMode.DUAL) {
            return AppointingAuthority.DEPARTMENT;
        }
        return AppointingAuthority.NONE;
    }
}
