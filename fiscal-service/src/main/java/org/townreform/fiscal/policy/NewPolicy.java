package org.townreform.fiscal.policy;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A new version of a town's sharing policy: whole months ({@code validFrom} the 1st of a month, {@code validTo} the last
 * day of a month or absent for open-ended), one rule per category.
 */
@Input("NewPolicy")
@Description("A new policy version of whole months, with its rules and grants")
public record NewPolicy(
        @NotBlank @Size(max = 200) @Description("The policy's name, up to 200 characters") @Schema(example = "演示：石龙镇简政强镇财政分成（虚构）") String name,
        @Size(max = 200) @Description("文号 (document number) of the policy document, up to 200 characters; optional") String documentRef,
        @NotNull @Description("First day the version holds: the 1st of a month (POLICY_NOT_WHOLE_MONTHS otherwise); the version may not overlap another of the town (POLICY_OVERLAP) nor cover a settled year (PERIOD_CLOSED)") LocalDate validFrom,
        @Description("Last day the version holds: the last day of a month (POLICY_NOT_WHOLE_MONTHS otherwise), not before validFrom; absent for open-ended") LocalDate validTo,
        @Size(max = 2000) @Description("Free text kept with the version, up to 2000 characters; optional") String note,
        @NotNull @Size(min = 1, max = 20) @Description("The sharing rules, 1 to 20, in order; one rule per category (CATEGORY_IN_TWO_RULES)") List<@Valid @NotNull NewRule> rules,
        @Size(max = 20) @Description("Fixed amounts budgeted in years the version holds (not returns), up to 20; absent or empty when none") List<@Valid NewGrant> grants) {
}
