package org.townreform.personnel.appointment;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** A step with nothing to record but its day (default today, never in the future) and an optional note. */
@Input("CaseStep")
@Description("A workflow step with nothing to record but its day (consult, publish the notice, take effect)")
public record CaseStep(@Description(CaseStep.DATE) LocalDate date,
        @Description("A note on the step, up to 2000 characters; not kept on the case") @Size(max = 2000) String text) {

    /** The {@code date} of a step of an appointment case. */
    public static final String DATE = "Day the step took place; default today (UTC+8), never in the future "
            + "(DATE_IN_FUTURE) nor before the case's previous step (DATE_BEFORE_PREVIOUS_STEP)";
}
