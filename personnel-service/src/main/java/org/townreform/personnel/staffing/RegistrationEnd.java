package org.townreform.personnel.staffing;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Ends a registration on {@code date} (default today): the slot is free from that day. */
@Input("RegistrationEnd")
@Description("The end of a registration: the slot is free from its day")
public record RegistrationEnd(
        @Description("Day the slot is free from (the registration's last day is the day before); default today (UTC+8), "
                + "never in the future (DATE_IN_FUTURE) nor before the registration began (DATE_BEFORE_START)") LocalDate date,
        @Description("Why it ends, up to 500 characters (kept as endNote)") @Size(max = 500) String note) {
}
