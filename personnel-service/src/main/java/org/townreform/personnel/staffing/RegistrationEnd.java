package org.townreform.personnel.staffing;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Input;

/** Ends a registration on {@code date} (default today): the slot is free from that day. */
@Input("RegistrationEnd")
public record RegistrationEnd(LocalDate date, @Size(max = 500) String note) {
}
