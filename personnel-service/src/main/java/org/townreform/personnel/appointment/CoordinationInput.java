package org.townreform.personnel.appointment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The county organisation department's outcome after coordinating a disagreement. */
@Input("CoordinationInput")
@Description("The county organisation department's outcome after coordinating a disagreement (县委组织部协调)")
public record CoordinationInput(@Description("PROCEED or WITHDRAW") @NotNull CoordinationOutcome outcome,
        @Description("A note on the outcome, up to 2000 characters; kept as coordinationText (and in the withdraw reason on WITHDRAW)") @Size(max = 2000) String text,
        @Description(CaseStep.DATE) LocalDate date) {
}
