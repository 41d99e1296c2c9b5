package org.townreform.personnel.appointment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** An objection received during the notice, on {@code date} (default today). */
@Input("ObjectionInput")
@Description("An objection received during the pre-appointment notice (任前公示)")
public record ObjectionInput(
        @Description("What the objection says; not blank, up to 2000 characters") @NotBlank @Size(max = 2000) String text,
        @Description("Day the objection was received; default today (UTC+8), never in the future (DATE_IN_FUTURE) nor "
                + "before the notice started (DATE_BEFORE_PREVIOUS_STEP)") LocalDate date) {
}
