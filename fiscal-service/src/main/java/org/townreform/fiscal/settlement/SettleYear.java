package org.townreform.fiscal.settlement;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.townreform.fiscal.config.Descriptions;

/** Settles a year: {@code date} (default today, never in the future) must be after the year has ended. */
@Input("SettleYear")
@Description("Settles a town's year (决算)")
public record SettleYear(
        @Description("Day of the settlement; " + Descriptions.ACTION_DATE
                + ", after the year has ended (YEAR_NOT_ENDED)") LocalDate date,
        @Size(max = 500) @Description("Free text kept with the settlement, up to 500 characters; optional") String note) {
}
