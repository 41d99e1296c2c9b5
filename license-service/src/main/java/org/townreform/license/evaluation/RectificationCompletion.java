package org.townreform.license.evaluation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;

/** Completing a rectification needs both: the measures taken and the callback (回访) to the applicant. */
@Input("RectificationCompletion")
public record RectificationCompletion(
        @NotBlank @Size(max = 2000) String measures,
        @NotNull LocalDate callbackDate,
        @NotBlank @Size(max = 2000) String callbackNote,
        @NotNull Boolean applicantSatisfied,
        LocalDate date,
        Long version) {
}
