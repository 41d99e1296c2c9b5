package org.townreform.personnel.unit;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/**
 * The editable facts of an active unit, all of them (a PUT): the same rules as for a new unit apply, and quotas may not
 * fall below the slots occupied. {@code version} may stand in for {@code If-Match}.
 */
@Input("UnitUpdate")
public record UnitUpdate(
        @NotBlank @Size(max = 100) @Pattern(regexp = "[^\\r\\n]+", message = "must be one line") String name,
        @NotNull UnitKind kind,
        @Size(max = 20) List<@Size(max = 100) @Pattern(regexp = "[^\\r\\n]+", message = "must be one line") String> nameplates,
        @Size(max = 100) String superiorDepartment,
        ManagementMode managementMode,
        @Id Long coLocatedWithId,
        StaffSets staffSets,
        @NotNull @Min(0) @Max(100000) Integer administrativeQuota,
        @NotNull @Min(0) @Max(100000) Integer institutionQuota,
        @NotNull @Min(0) @Max(100) Integer leadershipPosts,
        @Size(max = 30) String rank,
        @Size(max = 500) String note,
        Long version) {
}
