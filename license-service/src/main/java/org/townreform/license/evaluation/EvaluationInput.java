package org.townreform.license.evaluation;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;

/** A rating of 1 (very poor) to 5 (very good) with an optional comment. */
@Input("EvaluationInput")
public record EvaluationInput(@NotNull @Min(1) @Max(5) Integer rating, @Size(max = 2000) String comment,
        LocalDate date) {
}
