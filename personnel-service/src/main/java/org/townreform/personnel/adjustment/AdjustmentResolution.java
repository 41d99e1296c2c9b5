package org.townreform.personnel.adjustment;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** The department's action on a request, on {@code date} (default today). */
@Input("AdjustmentResolution")
@Description("The department's action on a written adjustment request")
public record AdjustmentResolution(@Description("ADJUSTED or RETAINED") @NotNull AdjustmentOutcome outcome,
        @Description("A note on the action, up to 2000 characters; may be left out") @Size(max = 2000) String text,
        @Description("Day of the action; default today (UTC+8), never in the future (DATE_IN_FUTURE) nor before the "
                + "request was sent (DATE_BEFORE_PREVIOUS_STEP)") LocalDate date) {
}
