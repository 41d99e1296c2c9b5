package org.townreform.personnel.appointment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;

/** The county organisation department's outcome after coordinating a disagreement. */
@Input("CoordinationInput")
public record CoordinationInput(@NotNull CoordinationOutcome outcome, @Size(max = 2000) String text,
        LocalDate date) {
}
