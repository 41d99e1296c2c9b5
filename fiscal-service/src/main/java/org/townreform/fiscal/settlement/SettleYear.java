package org.townreform.fiscal.settlement;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

/** Settles a year: {@code date} (default today, never in the future) must be after the year has ended. */
@Input("SettleYear")
@Description("Settles a town's year (决算)")
public record SettleYear(LocalDate date, @Size(max = 500) String note) {
}
