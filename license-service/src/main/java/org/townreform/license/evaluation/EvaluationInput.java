package org.townreform.license.evaluation;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** A rating of 1 (very poor) to 5 (very good) with an optional comment. */
@Input("EvaluationInput")
@Description("The applicant's rating (好差评) of an ended case")
public record EvaluationInput(
        @Description("1 (very poor) to 5 (very good); 1 or 2 opens a rectification (整改)") @NotNull @Min(1) @Max(5) Integer rating,
        @Description("The applicant's comment, up to 2000 characters") @Size(max = 2000) String comment,
        @Description("Day of the rating; default today (UTC+8), never in the future nor before the case ended") LocalDate date) {
}
