package org.townreform.fiscal.settlement;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.townreform.fiscal.config.Descriptions;

/** Reopens a settled year: the reason is required and audited; {@code version} (or If-Match), when given, is checked. */
@Input("ReopenYear")
@Description("Reopens a settled year, with the reason")
public record ReopenYear(
        @NotBlank @Size(max = 1000) @Description("Why the year is reopened, up to 1000 characters; audited") String reason,
        @Description("Day of the reopening; " + Descriptions.ACTION_DATE
                + ", not before the settlement's day (DATE_BEFORE_SETTLEMENT)") LocalDate date,
        @Description("The current settlement's version as last read (Settlement.version, optimistic locking): when given and no longer the stored one, refused with STALE_VERSION; leave out to skip the check") Long version) {
}
