package org.townreform.personnel.unit;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.townreform.personnel.config.Descriptions;

/**
 * The editable facts of an active unit, all of them (a PUT): the same rules as for a new unit apply, and quotas may not
 * fall below the slots occupied. {@code version} may stand in for {@code If-Match}.
 */
@Input("UnitUpdate")
@Description("Every editable fact of an active unit, as it is to be (optional facts left out are cleared): the rules of "
        + "a new unit apply, and quotas may not fall below what is occupied or held now")
public record UnitUpdate(
        @Description("The unit's name, one line of up to 100 characters; one active unit of a name per town (UNIT_EXISTS)") @NotBlank @Size(max = 100) @Pattern(regexp = "[^\\r\\n]+", message = "must be one line") @Schema(example = "党政人大办公室") String name,
        @Description("机构类别; a unit becoming an INTERNAL_OFFICE or BUREAU must fit the town's maxInternalOffices from "
                + "today on (OFFICE_LIMIT_EXCEEDED)") @NotNull UnitKind kind,
        @Description("加挂牌子: every extra name, at most 20 of one line and up to 100 characters each; left out, none") @Size(max = 20) @Schema(example = "[\"法制办公室\"]") List<@Size(max = 100) @Pattern(regexp = "[^\\r\\n]+", message = "must be one line") String> nameplates,
        @Description(Descriptions.UNIT_SUPERIOR_DEPARTMENT) @Size(max = 100) @Schema(example = "东莞市城市管理综合执法局") String superiorDepartment,
        @Description(Descriptions.UNIT_MANAGEMENT_MODE) ManagementMode managementMode,
        @Description("合署办公: the unit this one shares offices with, an active unit of the same town other than itself "
                + "(CO_LOCATION_INVALID); give it with staffSets (CO_LOCATION_INCOMPLETE); left out, none") @Id Long coLocatedWithId,
        @Description(Descriptions.UNIT_STAFF_SETS) StaffSets staffSets,
        @Description("行政编制, 0 to 100000; not below the ADMINISTRATIVE slots occupied now (QUOTA_BELOW_OCCUPIED); "
                + "corrects the quotas in force since the unit's last dated change (after a merger), else on every day") @NotNull @Min(0) @Max(100000) Integer administrativeQuota,
        @Description("事业编制, 0 to 100000; not below the INSTITUTION slots occupied now (QUOTA_BELOW_OCCUPIED); dated "
                + "like administrativeQuota") @NotNull @Min(0) @Max(100000) Integer institutionQuota,
        @Description("领导职数, 0 to 100; not below the leading posts held now (LEADERSHIP_POSTS_BELOW_HELD); dated like "
                + "administrativeQuota") @NotNull @Min(0) @Max(100) Integer leadershipPosts,
        @Description(Descriptions.UNIT_RANK) @Size(max = 30) @Schema(example = "正科级") String rank,
        @Description(Descriptions.NOTE) @Size(max = 500) String note,
        @Description(Descriptions.VERSION_IN) Long version) {
}
