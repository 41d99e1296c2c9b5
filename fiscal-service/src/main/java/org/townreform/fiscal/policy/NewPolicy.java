package org.townreform.fiscal.policy;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/**
 * A new version of a town's sharing policy: whole months ({@code validFrom} the 1st of a month, {@code validTo} the last
 * day of a month or absent for open-ended), one rule per category.
 */
@Input("NewPolicy")
@Description("A new policy version of whole months, with its rules and grants")
public record NewPolicy(
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) @Description("文号 of the policy document") String documentRef,
        @NotNull @Description("The 1st of a month") LocalDate validFrom,
        @Description("The last day of a month; absent for open-ended") LocalDate validTo,
        @Size(max = 2000) String note,
        @NotNull @Size(min = 1, max = 20) List<@Valid @NotNull NewRule> rules,
        @Size(max = 20) @Description("Absent or empty when none") List<@Valid NewGrant> grants) {
}
