package org.townreform.personnel.unit;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Type;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** A unit as callers read it. */
@Type("OrgUnit")
// Federation resolves an entity's type by @Name (or the class name), not by @Type.
@Name("OrgUnit")
@Key(fields = @FieldSet("id"))
@Description("机构: an organisation unit of a town")
public record UnitView(
        @Id long id,
        String townCode,
        String name,
        UnitKind kind,
        @Description("加挂牌子") List<String> nameplates,
        @Description("上级主管部门") String superiorDepartment,
        ManagementMode managementMode,
        @Description("Who decides appointments to its posts: TOWN, DEPARTMENT or NONE (the department, outside this platform)") AppointingAuthority appointingAuthority,
        @Description("合署办公: the unit this one shares offices with (as recorded on this unit)") UnitRef coLocatedWith,
        StaffSets staffSets,
        @Description("Units that recorded co-location with this one") List<UnitRef> coLocatedBy,
        @Description("行政编制") int administrativeQuota,
        @Description("事业编制") int institutionQuota,
        @Description("领导职数") int leadershipPosts,
        String rank,
        UnitStatus status,
        UnitRef mergedInto,
        @Description("The day it was merged or abolished") LocalDate statusDate,
        @Description("机构设立: the day it was set up, when recorded") LocalDate establishedOn,
        String statusReference,
        String note,
        long version) {
}
