package org.townreform.personnel.assessment;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

/** A year's grade for a person in a unit, recorded on {@code date} (default today). */
@Input("NewAssessment")
public record NewAssessment(
        @NotNull @Id Long personId,
        @NotNull @Id Long unitId,
        @NotNull @Min(1990) @Max(2200) Integer year,
        @NotNull Grade grade,
        @Size(max = 1000) String comment,
        LocalDate date) {
}
