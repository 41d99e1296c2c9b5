package org.townreform.personnel.unit;

import java.time.LocalDate;
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
 * A unit to set up in a town. Quotas left out are 0. {@code rank} is refused for public institutions;
 * {@code managementMode} applies to dispatched agencies (required) and devolved public institutions.
 */
@Input("NewUnit")
@Description("An organisation unit (机构) to set up in a town")
public record NewUnit(
        @Description("The unit's name, one line of up to 100 characters; one active unit of a name per town (UNIT_EXISTS)") @NotBlank @Size(max = 100) @Pattern(regexp = "[^\\r\\n]+", message = "must be one line") @Schema(example = "党政人大办公室") String name,
        @Description("机构类别; an INTERNAL_OFFICE or BUREAU must fit the town's maxInternalOffices from the day it is set up "
                + "on (OFFICE_LIMIT_EXCEEDED)") @NotNull UnitKind kind,
        @Description("加挂牌子: extra names the unit answers to, at most 20 of one line and up to 100 characters each; "
                + "names are trimmed and repeats dropped") @Size(max = 20) @Schema(example = "[\"法制办公室\"]") List<@Size(max = 100) @Pattern(regexp = "[^\\r\\n]+", message = "must be one line") String> nameplates,
        @Description(Descriptions.UNIT_SUPERIOR_DEPARTMENT) @Size(max = 100) @Schema(example = "东莞市城市管理综合执法局") String superiorDepartment,
        @Description(Descriptions.UNIT_MANAGEMENT_MODE) ManagementMode managementMode,
        @Id @Description("合署办公: the unit this one shares offices with, an active unit of the same town "
                + "(CO_LOCATION_INVALID); give it with staffSets (CO_LOCATION_INCOMPLETE)") Long coLocatedWithId,
        @Description(Descriptions.UNIT_STAFF_SETS) StaffSets staffSets,
        @Description("行政编制, 0 to 100000; default 0") @Min(0) @Max(100000) Integer administrativeQuota,
        @Description("事业编制, 0 to 100000; default 0") @Min(0) @Max(100000) Integer institutionQuota,
        @Description("领导职数, 0 to 100; default 0") @Min(0) @Max(100) Integer leadershipPosts,
        @Description(Descriptions.UNIT_RANK) @Size(max = 30) @Schema(example = "正科级") String rank,
        @Description(Descriptions.NOTE) @Size(max = 500) String note,
        @Description("机构设立: the day the unit is set up (not in the future: DATE_IN_FUTURE); left out, the unit is recorded as it stands, in force since before any recorded day") LocalDate establishedOn) {
}
