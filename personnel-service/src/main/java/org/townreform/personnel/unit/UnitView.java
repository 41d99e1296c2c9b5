package org.townreform.personnel.unit;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Type;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.personnel.config.Descriptions;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;

/** A unit as callers read it. */
@Type("OrgUnit")
// Federation resolves an entity's type by @Name (or the class name), not by @Type.
@Name("OrgUnit")
@Key(fields = @FieldSet("id"))
@Description("机构: an organisation unit of a town")
public record UnitView(
        @Description("The unit's id, stable, as assigned by this service") @Id long id,
        @Description(Descriptions.TOWN_CODE + " the unit belongs to") @Schema(example = "441900113") String townCode,
        @Description("The unit's name (e.g. 党政人大办公室)") @Schema(example = "党政人大办公室") String name,
        @Description("机构类别") UnitKind kind,
        @Description("加挂牌子: the extra names the unit answers to, in the order recorded") @Schema(example = "[\"法制办公室\"]") List<String> nameplates,
        @Description("上级主管部门; null when none") @Schema(example = "东莞市城市管理综合执法局") String superiorDepartment,
        @Description("管理体制; null for a unit without one (the town's own)") ManagementMode managementMode,
        @Description("Who decides appointments to its posts: TOWN, DEPARTMENT or NONE (the department, outside this platform)") AppointingAuthority appointingAuthority,
        @Description("合署办公: the unit this one shares offices with (as recorded on this unit)") UnitRef coLocatedWith,
        @Description("合署办公: one or two sets of staff; null unless coLocatedWith is recorded") StaffSets staffSets,
        @Description("Units that recorded co-location with this one") List<UnitRef> coLocatedBy,
        @Description("行政编制 as approved now (after a merger: the latest dated quota; unitStaffing gives the one in force on a day)") int administrativeQuota,
        @Description("事业编制 as approved now (after a merger: the latest dated quota; unitStaffing gives the one in force on a day)") int institutionQuota,
        @Description("领导职数 as approved now (after a merger: the latest dated figure)") int leadershipPosts,
        @Description("Administrative rank (e.g. 正科级); null when none, always for a public institution") @Schema(example = "正科级") String rank,
        @Description("ACTIVE, MERGED or ABOLISHED") UnitStatus status,
        @Description("The unit it was merged into (合并组建); null unless MERGED") UnitRef mergedInto,
        @Description("The day it was merged or abolished; null while ACTIVE") LocalDate statusDate,
        @Description("机构设立: the day it was set up, when recorded") LocalDate establishedOn,
        @Description("Document number (文号) of the merger or abolition; null while ACTIVE or when none was given") String statusReference,
        @Description(Descriptions.NOTE_OUT) String note,
        @Description(Descriptions.VERSION_OUT) long version) {
}
