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

/**
 * A unit to set up in a town. Quotas left out are 0. {@code rank} is refused for public institutions;
 * {@code managementMode} applies to dispatched agencies (required) and devolved public institutions.
 */
@Input("NewUnit")
public record NewUnit(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[^\\r\\n]+", message = "must be one line") String name,
        @NotNull UnitKind kind,
        @Description("加挂牌子: extra names the unit answers to") @Size(max = 20) List<@Size(max = 100) @Pattern(regexp = "[^\\r\\n]+", message = "must be one line") String> nameplates,
        @Size(max = 100) String superiorDepartment,
        ManagementMode managementMode,
        @Id @Description("合署办公: the unit this one shares offices with") Long coLocatedWithId,
        StaffSets staffSets,
        @Min(0) @Max(100000) Integer administrativeQuota,
        @Min(0) @Max(100000) Integer institutionQuota,
        @Min(0) @Max(100) Integer leadershipPosts,
        @Size(max = 30) String rank,
        @Size(max = 500) String note,
        @Description("机构设立: the day the unit is set up (not in the future); left out, the unit is recorded as it stands, in force since before any recorded day") LocalDate establishedOn) {
}
