package org.townreform.personnel.assessment;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A year's grade for a person in a unit, recorded on {@code date} (default today). */
@Input("NewAssessment")
@Description("A year's grade (年度考核) for a person in a unit")
public record NewAssessment(
        @Description("Id of the person assessed (Person.id), staff of the unit's town (TOWN_MISMATCH otherwise); one "
                + "assessment per person and year (ALREADY_ASSESSED)") @NotNull @Id @Schema(example = "90101") Long personId,
        @Description("Id of the unit the person is assessed in (OrgUnit.id)") @NotNull @Id Long unitId,
        @Description("The year assessed, 1990 to 2200 and not after this year (YEAR_IN_FUTURE)") @NotNull @Min(1990) @Max(2200) @Schema(example = "2026") Integer year,
        @Description("The grade; an EXCELLENT must fit the unit's share of those assessed so far, this one included "
                + "(EXCELLENT_SHARE_EXCEEDED)") @NotNull Grade grade,
        @Description("A comment, up to 1000 characters; may be left out") @Size(max = 1000) String comment,
        @Description("Day the grade is recorded; default today (UTC+8), never in the future (DATE_IN_FUTURE)") LocalDate date) {
}
