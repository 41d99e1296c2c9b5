package org.townreform.license.evaluation;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.townreform.license.config.Descriptions;

/** Completing a rectification needs both: the measures taken and the callback (回访) to the applicant. */
@Input("RectificationCompletion")
@Description("Completing a rectification (整改): the measures taken and the callback (回访) to the applicant, both required")
public record RectificationCompletion(
        @Description("The measures taken, up to 2000 characters") @NotBlank @Size(max = 2000) String measures,
        @Description("Day of the callback to the applicant; never in the future nor before the rectification was opened") @NotNull LocalDate callbackDate,
        @Description("What the callback to the applicant found, up to 2000 characters") @NotBlank @Size(max = 2000) String callbackNote,
        @Description("Whether the applicant was satisfied at the callback") @NotNull Boolean applicantSatisfied,
        @Description("Day of completion; default today (UTC+8), never in the future nor before the rectification was opened") LocalDate date,
        @Description(Descriptions.VERSION_IN) Long version) {
}
